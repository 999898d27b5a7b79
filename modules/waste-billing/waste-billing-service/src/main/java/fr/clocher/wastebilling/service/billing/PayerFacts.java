package fr.clocher.wastebilling.service.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.wastebilling.api.PayerKind;

/**
 * What a payer's invoice is computed from: the payer, its exemptions and the bins it held
 * in the period with their lifts per month.
 */
record PayerFacts(UUID id, String reference, PayerKind kind, Integer persons, String category, LocalDate from,
		LocalDate to, List<Exempted> exemptions, List<HeldBin> bins) {

	/** An exemption over a range of dates. */
	record Exempted(String reason, String proof, LocalDate from, LocalDate to) {

	}

	/**
	 * A bin held over a range of dates, and its lifts in that range by month (billable
	 * lifts only: not blacklisted, the bin held on the lift's date).
	 */
	record HeldBin(UUID assignment, int volumeLitres, LocalDate from, LocalDate to, Map<YearMonth, Usage> usage) {

	}

	/** Lifts of a month and their weight. */
	record Usage(int lifts, long grams) {

	}

}
