package fr.clocher.wastebilling.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A bin held by a payer from {@code startDate} to {@code endDate} (inclusive; null:
 * open), with the bin's tag and volume.
 */
public record BinAssignment(UUID id, UUID binId, String binTag, int volumeLitres, UUID payerId, String payerReference,
		LocalDate startDate, LocalDate endDate) {

}
