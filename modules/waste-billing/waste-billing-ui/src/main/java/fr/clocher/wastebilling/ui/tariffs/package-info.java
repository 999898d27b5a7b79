/**
 * The tariff grid of each year, as the council voted it: typed in euros, saved in integer
 * cents.
 */
package fr.clocher.wastebilling.ui.tariffs;
