package fr.clocher.announcements.service.content;

import fr.clocher.kernel.api.LocalizedText;

/**
 * The kernel's {@link fr.clocher.kernel.problem.Violations} with the checks the
 * announcements' fields share.
 */
public final class Violations extends fr.clocher.kernel.problem.Violations {

	/** Cleans a plain text field, refusing it when blank and required, or too long. */
	public String text(String field, String value, int max, boolean required) {
		String clean = PlainText.clean(value);
		if (clean == null && required) {
			add(field, REQUIRED);
		}
		else if (clean != null && clean.length() > max) {
			add(field, LocalizedText.of("%d caractères au plus (%d saisis).", "At most %d characters (%d given).")
				.formatted(max, clean.length()));
		}
		return clean;
	}

	/** Refuses a missing value. */
	public <T> T required(String field, T value) {
		if (value == null) {
			add(field, REQUIRED);
		}
		return value;
	}

}
