package fr.clocher.wastebilling.service.treasury;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;

/** What the PES file needs of a billing run. */
record RunHead(UUID id, int year, LocalDate start, LocalDate end, String status, Instant issuedAt) {

	/**
	 * The period of the year billed, 1 or 2 for a half-year (a whole year, or another
	 * period, is 1): the articles' {@code Per} and the default roll number.
	 */
	int period() {
		return (MonthDay.from(this.start).equals(MonthDay.of(7, 1)) && this.end.getMonthValue() == 12) ? 2 : 1;
	}

	/** The run's name in the file name and the roll's object: {@code 2026-S1}. */
	String label() {
		boolean wholeYear = MonthDay.from(this.start).equals(MonthDay.of(1, 1))
				&& MonthDay.from(this.end).equals(MonthDay.of(12, 31));
		return this.year + (wholeYear ? "-A" : "-S" + period());
	}

}
