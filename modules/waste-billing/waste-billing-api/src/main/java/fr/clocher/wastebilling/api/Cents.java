package fr.clocher.wastebilling.api;

/**
 * Money, in integer cents ({@code long}) everywhere: the one place that states how an
 * amount is rounded and written.
 *
 * <p>
 * <b>The rounding rule.</b> An amount that is not a whole number of cents (a yearly price
 * prorated by months, a weight times a price per kilogram) is computed exactly as a
 * fraction of integers and rounded once, to the nearest cent, halves away from zero
 * ({@link #prorate}). Each invoice line is rounded on its own; an invoice's total is the
 * sum of its rounded lines, so the lines printed always add up to the total. A credit
 * note is the exact negation of the invoice it corrects.
 */
public final class Cents {

	private Cents() {
	}

	/**
	 * {@code amount × numerator / denominator}, rounded to the cent, halves away from
	 * zero.
	 * @param amount cents
	 * @param numerator the share's numerator (months billed, grams)
	 * @param denominator the share's denominator (12 months, 1000 grams), positive
	 * @return cents
	 */
	public static long prorate(long amount, long numerator, long denominator) {
		if (denominator <= 0) {
			throw new IllegalArgumentException("denominator must be positive: " + denominator);
		}
		long product = Math.multiplyExact(amount, numerator);
		long quotient = product / denominator;
		long remainder = Math.abs(product % denominator);
		if (remainder * 2 >= denominator) {
			quotient += (product < 0) ? -1 : 1;
		}
		return quotient;
	}

	/**
	 * A count prorated the same way ({@code count × numerator / denominator}, halves up):
	 * the lifts included in a fixed part billed for part of the year.
	 */
	public static int prorateCount(int count, int numerator, int denominator) {
		return Math.toIntExact(prorate(count, numerator, denominator));
	}

	/** French writing of an amount: {@code 1 234,50 €} (plain spaces). */
	public static String format(long cents) {
		long units = Math.abs(cents / 100);
		long rest = Math.abs(cents % 100);
		String digits = Long.toString(units);
		StringBuilder text = new StringBuilder((cents < 0) ? "-" : "");
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				text.append(' ');
			}
			text.append(digits.charAt(i));
		}
		return text.append(',').append((rest < 10) ? "0" : "").append(rest).append(" €").toString();
	}

}
