package fr.clocher.wastebilling.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A draft grid applied to the last billed period's payers, bins and lifts, against the
 * current grid on the same data; nothing is written. A payer counts when either grid
 * bills it (a total other than zero).
 *
 * @param runId the last issued run, whose period is simulated
 * @param periodStart its first day
 * @param periodEnd its last day
 * @param currentYear the year of the grid compared with (this year's, else the period's)
 * @param payers the payers counted
 * @param currentTotalCents what the current grid bills them
 * @param draftTotalCents what the draft bills them
 * @param budgetTargetCents the revenue the secretary aims at, or null
 * @param gapToTargetCents the draft's revenue less the target, or null without one
 * @param current the spread of the current grid's bills
 * @param draft the spread of the draft's bills
 * @param highestChanges the ten payers whose bill changes most (in either direction)
 * @param byHouseholdType the change per group, every group listed
 */
public record TariffSimulation(UUID runId, LocalDate periodStart, LocalDate periodEnd, int currentYear, long payers,
		long currentTotalCents, long draftTotalCents, Long budgetTargetCents, Long gapToTargetCents,
		BillDistribution current, BillDistribution draft, List<SimulatedChange> highestChanges,
		List<HouseholdTypeChange> byHouseholdType) {

}
