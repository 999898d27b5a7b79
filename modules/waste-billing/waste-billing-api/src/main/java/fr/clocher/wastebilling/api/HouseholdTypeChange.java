package fr.clocher.wastebilling.api;

/**
 * A group's bills under the current grid and under the draft.
 *
 * @param type the group
 * @param payers its payers billed by either grid
 * @param currentCents their bills under the current grid
 * @param draftCents under the draft
 * @param changeCents draft less current
 * @param averageChangeCents the change per payer, rounded once ({@link Cents})
 */
public record HouseholdTypeChange(HouseholdType type, long payers, long currentCents, long draftCents, long changeCents,
		long averageChangeCents) {

}
