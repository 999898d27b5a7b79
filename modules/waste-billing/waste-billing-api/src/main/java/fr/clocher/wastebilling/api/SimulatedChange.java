package fr.clocher.wastebilling.api;

import java.util.UUID;

/** One payer's bill under the current grid and under the draft. */
public record SimulatedChange(UUID payerId, String payerReference, HouseholdType type, long currentCents,
		long draftCents, long changeCents) {

}
