package fr.clocher.kernel.api;

import java.util.regex.Pattern;

/**
 * A SIRET (an establishment's number in the INSEE's register): 14 digits whose check key
 * is the Luhn formula, except for La Poste's establishments (SIREN 356 000 000), whose
 * digits add up to a multiple of 5 (all but its head office, 356 000 000 00048).
 */
public final class Siret {

	private static final Pattern DIGITS = Pattern.compile("\\d{14}");

	private static final String LA_POSTE = "356000000";

	private Siret() {
	}

	/** Whether the text is 14 digits. */
	public static boolean wellFormed(String siret) {
		return siret != null && DIGITS.matcher(siret).matches();
	}

	/** Whether 14 digits carry a right check key. */
	public static boolean valid(String digits) {
		if (!wellFormed(digits)) {
			return false;
		}
		if (digits.startsWith(LA_POSTE) && !digits.equals(LA_POSTE + "00048")) {
			return digits.chars().map((c) -> c - '0').sum() % 5 == 0;
		}
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
