package fr.clocher.wastebilling.service.support;

import fr.clocher.kernel.api.LocalizedText;

/**
 * The kernel's {@link fr.clocher.kernel.problem.Violations} with the checks waste
 * billing's fields share.
 */
public final class Violations extends fr.clocher.kernel.problem.Violations {

	/** Refuses a missing value; true when present. */
	public boolean present(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			add(field, REQUIRED);
			return false;
		}
		return true;
	}

	/** Refuses a text longer than {@code max}. */
	public void maxLength(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			add(field, LocalizedText.of("%d caractères au plus.", "At most %d characters.").formatted(max));
		}
	}

	/** Refuses a number out of {@code [min, max]}. */
	public void between(String field, Number value, long min, long max) {
		if (value != null && (value.longValue() < min || value.longValue() > max)) {
			add(field,
					LocalizedText
						.of("Valeur attendue entre %d et %d (%d saisi).", "Expected between %d and %d (%d given).")
						.formatted(min, max, value.longValue()));
		}
	}

	/** Strips a text; null when blank. */
	public static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
