package fr.clocher.wastebilling.service.support;

import java.util.regex.Pattern;

/** A SIRET: 14 digits, the last a check digit by the Luhn formula. */
public final class Siret {

	private static final Pattern DIGITS = Pattern.compile("\\d{14}");

	private Siret() {
	}

	/** Whether the text is 14 digits. */
	public static boolean wellFormed(String siret) {
		return siret != null && DIGITS.matcher(siret).matches();
	}

	/** Whether the digits' check digit matches (the Luhn formula). */
	public static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
