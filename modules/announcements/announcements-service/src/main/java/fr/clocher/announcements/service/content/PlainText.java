package fr.clocher.announcements.service.content;

/**
 * Plain text as secretaries type it: trimmed, control characters other than line breaks
 * and tabs removed; null when nothing is left.
 */
public final class PlainText {

	private PlainText() {
	}

	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
