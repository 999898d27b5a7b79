/**
 * The billing runs: created per half-year, computed with their progress shown, reviewed
 * (totals per tariff line, differences from the previous period per payer), validated and
 * issued; and the dashboard card of a run waiting for validation.
 */
package fr.clocher.wastebilling.ui.runs;
