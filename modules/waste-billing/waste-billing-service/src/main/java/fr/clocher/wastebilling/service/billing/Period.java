package fr.clocher.wastebilling.service.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A billing period of whole months, and the one proration rule: <b>a month belongs to
 * whoever holds it on the 15th</b>. A payer arriving on or before the 15th pays that
 * month, after it from the next; leaving on or after the 15th pays that month, before it
 * not; a bin that changes hands mid-month is billed for that month to whoever holds it on
 * the 15th, so no month is billed twice or lost. Exemptions follow the same rule.
 */
record Period(LocalDate start, LocalDate end) {

	static final int MID_MONTH = 15;

	static Period of(int year, Integer half) {
		if (half == null) {
			return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		return (half == 1) ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
				: new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
	}

	List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(this.start); !month.isAfter(YearMonth.from(this.end)); month = month
			.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** Whether a range of dates ({@code to} null: open) holds the month on its 15th. */
	static boolean holds(LocalDate from, LocalDate to, YearMonth month) {
		LocalDate mid = month.atDay(MID_MONTH);
		return !from.isAfter(mid) && (to == null || !to.isBefore(mid));
	}

}
