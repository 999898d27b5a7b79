package fr.clocher.directory.service.entries;

/**
 * The SIRET's check key: the Luhn algorithm on its 14 digits, except for La Poste's
 * establishments (SIREN 356 000 000), whose digits add up to a multiple of 5.
 */
final class Siret {

	private static final String LA_POSTE = "356000000";

	private Siret() {
	}

	static boolean valid(String digits) {
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
