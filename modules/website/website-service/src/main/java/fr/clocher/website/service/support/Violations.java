package fr.clocher.website.service.support;

import fr.clocher.kernel.api.LocalizedText;

/**
 * The kernel's {@link fr.clocher.kernel.problem.Violations} with the checks the website's
 * fields share.
 */
public final class Violations extends fr.clocher.kernel.problem.Violations {

	/** Refuses a blank value. */
	public boolean required(String field, String value) {
		if (value == null || value.isBlank()) {
			add(field, REQUIRED);
			return false;
		}
		return true;
	}

	/** Refuses a value longer than {@code max} characters. */
	public boolean maxLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			add(field, LocalizedText.of("%d caractères au plus (%d saisis).", "At most %d characters (%d given).")
				.formatted(max, value.length()));
			return false;
		}
		return true;
	}

}
