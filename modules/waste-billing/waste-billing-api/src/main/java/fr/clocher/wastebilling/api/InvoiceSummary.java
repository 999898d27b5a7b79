package fr.clocher.wastebilling.api;

import java.util.UUID;

/** An invoice in a run's list: its number is null until the run is issued. */
public record InvoiceSummary(UUID id, String number, InvoiceKind kind, UUID payerId, String payerReference,
		String payerName, long totalCents) {

}
