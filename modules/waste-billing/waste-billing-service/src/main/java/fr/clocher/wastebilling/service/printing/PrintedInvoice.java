package fr.clocher.wastebilling.service.printing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;

/**
 * An issued invoice or credit note with all it prints: its payer as stored today, its
 * lines, and the invoice it corrects.
 *
 * @param correctsNumber the number of the invoice a credit note cancels, or a replacement
 * replaces; null otherwise
 */
record PrintedInvoice(UUID id, String number, InvoiceKind kind, Instant issuedAt, LocalDate periodStart,
		LocalDate periodEnd, String payerReference, String payerName, String payerAddress, UUID communeId,
		String correctsNumber, long totalCents, List<InvoiceLine> lines) {

	PrintedInvoice withLines(List<InvoiceLine> lines) {
		return new PrintedInvoice(this.id, this.number, this.kind, this.issuedAt, this.periodStart, this.periodEnd,
				this.payerReference, this.payerName, this.payerAddress, this.communeId, this.correctsNumber,
				this.totalCents, lines);
	}

}
