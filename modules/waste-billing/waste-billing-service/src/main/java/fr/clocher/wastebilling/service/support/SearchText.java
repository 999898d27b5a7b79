package fr.clocher.wastebilling.service.support;

import java.text.Normalizer;
import java.util.Locale;

/** Text as the searches compare it: lower case, without accents, spaces collapsed. */
public final class SearchText {

	private SearchText() {
	}

	public static String of(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append((text.isEmpty()) ? "" : " ").append(part);
			}
		}
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.strip();
	}

	/** A {@code like} pattern matching texts that contain {@code query}. */
	public static String containing(String query) {
		return "%" + of(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
