package fr.clocher.wastebilling.api;

import java.util.UUID;

/**
 * A payer's bill against the previous issued run's (null when it had none).
 */
public record PayerDifference(UUID payerId, String payerReference, String payerName, Long previousCents,
		long currentCents, long differenceCents) {

}
