/**
 * The tariff simulator's screen: a draft of the grid, started from the current year's,
 * applied to the last billed period by tenant-service; the revenue against a budget
 * target, the spread of the bills, the largest changes and the change per household type
 * as tables and a bar chart drawn on the server (with its text alternative); the figures
 * as a CSV file.
 */
package fr.clocher.wastebilling.ui.simulator;
