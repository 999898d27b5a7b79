package fr.clocher.wastebilling.service.treasury;

import java.math.BigInteger;

/**
 * The two check keys of an article of roll, as the schema's annotations state them
 * ({@code Cle1}, {@code Cle2} of {@code Class_TitreAller.xsd}); the module's README says
 * what was assumed where the annotations stop (the technical annex they cite was not at
 * hand).
 * <ul>
 * <li>{@code Cle1}: modulo 11 of the number written as the collectivity code, the nature
 * code, the year's last two digits, the period and the debt number; a remainder of 10 is
 * written 0.</li>
 * <li>{@code Cle2}: modulo 23 of the number written as the year's last two digits, the
 * period, {@code 00} and the debt number; the remainder r is the letter of rank r in
 * {@code A..W}.</li>
 * </ul>
 */
final class CheckKeys {

	private static final BigInteger ELEVEN = BigInteger.valueOf(11);

	private static final BigInteger TWENTY_THREE = BigInteger.valueOf(23);

	private CheckKeys() {
	}

	static String first(String collectivityCode, String keyNature, int year, int period, long debtNumber) {
		String digits = collectivityCode + keyNature + twoDigits(year) + period + debtNumber;
		return String.valueOf(new BigInteger(digits).mod(ELEVEN).intValue() % 10);
	}

	static String second(int year, int period, long debtNumber) {
		String digits = twoDigits(year) + period + "00" + debtNumber;
		return String.valueOf((char) ('A' + new BigInteger(digits).mod(TWENTY_THREE).intValue()));
	}

	private static String twoDigits(int year) {
		return "%02d".formatted(year % 100);
	}

}
