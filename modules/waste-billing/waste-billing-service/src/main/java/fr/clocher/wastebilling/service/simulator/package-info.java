/**
 * The tariff simulator: a draft grid applied to the last issued period's payers, bins and
 * lifts by the billing run's own reading and maths ({@code billing.PeriodBills}), against
 * the current grid on the same data, with the revenue, the spread of the bills, the
 * largest changes and the change per household type. Nothing is written.
 */
package fr.clocher.wastebilling.service.simulator;
