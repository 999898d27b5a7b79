package fr.clocher.wastebilling.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice or a credit note with its lines.
 *
 * @param number sequential per tenant and year without gaps ({@code 2026-000042}), null
 * until issued
 * @param corrects the invoice a credit note cancels, or a replacement invoice replaces
 */
public record Invoice(UUID id, String number, InvoiceKind kind, UUID runId, UUID payerId, String payerReference,
		String payerName, LocalDate periodStart, LocalDate periodEnd, Instant issuedAt, UUID corrects, long totalCents,
		List<InvoiceLine> lines) {

	public Invoice {
		lines = List.copyOf(lines);
	}

}
