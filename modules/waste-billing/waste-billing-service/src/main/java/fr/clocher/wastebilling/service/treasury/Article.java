package fr.clocher.wastebilling.service.treasury;

import java.util.List;
import java.util.UUID;

import fr.clocher.wastebilling.api.Civility;
import fr.clocher.wastebilling.api.PayerKind;

/**
 * One invoice as an article of the roll: its number, its payer and its lines with an
 * amount.
 *
 * @param number the invoice's number, {@code 2026-000042}
 * @param sequence its place in the year's numbering (the article's number)
 * @param name a household's surname, a professional's legal name
 * @param civility a household's civility, null when not entered
 * @param firstName a household's first name, null when not entered
 * @param siret a professional's SIRET, null when none
 */
record Article(String number, int sequence, String payerReference, PayerKind kind, String name, String address,
		UUID communeId, Civility civility, String firstName, String siret, List<Line> lines) {

	/** The debt number ({@code NumDette}): the invoice number's digits, 2026000042. */
	long debtNumber() {
		return Long.parseLong(this.number.replaceAll("[^0-9]", ""));
	}

	/** One line: what it bills and its amount. */
	record Line(String label, String basis, long cents) {

	}

}
