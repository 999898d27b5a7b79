package fr.clocher.wastebilling.service.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a resident sees of one payer: its lifts of the invoice's period and its issued
 * invoices and credit notes. Nothing else about the payer (no name, no address).
 *
 * @param collector the tenant that bills the payer
 * @param reference the payer's reference
 * @param periodStart the first day of the period of the invoice typed
 * @param periodEnd its last day
 * @param lifts the lifts billed in that period, oldest first
 * @param invoices the payer's issued invoices and credit notes, newest first
 */
record Evidence(UUID collector, String reference, LocalDate periodStart, LocalDate periodEnd, List<Lift> lifts,
		List<Bill> invoices) {

	/** Whether the invoice is one of the payer's issued ones. */
	boolean billed(UUID invoice) {
		return this.invoices.stream().anyMatch((bill) -> bill.id().equals(invoice));
	}

	/** A lift of one of the payer's bins, in Paris time. */
	record Lift(LocalDateTime at, int volumeLitres, Long weightGrams) {

	}

	/** An issued invoice or credit note. */
	record Bill(UUID id, String number, boolean creditNote, LocalDate issuedOn, LocalDate periodStart,
			LocalDate periodEnd, long totalCents, List<Line> lines) {

	}

	/** A line with its basis of calculation. */
	record Line(String label, String basis, long amountCents) {

	}

}
