package fr.clocher.wastebilling.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A billing run.
 *
 * @param invoiceCount the invoices computed (0 before)
 * @param totalCents their total
 */
public record BillingRun(UUID id, int year, LocalDate periodStart, LocalDate periodEnd, RunStatus status,
		long invoiceCount, long totalCents, Instant computedAt, Instant validatedAt, Instant issuedAt) {

}
