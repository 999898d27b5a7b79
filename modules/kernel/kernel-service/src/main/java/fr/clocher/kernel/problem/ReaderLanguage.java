package fr.clocher.kernel.problem;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language a reader gets: English when their browser prefers it to French, French
 * otherwise (also when nothing is asked).
 */
public final class ReaderLanguage {

	private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	private ReaderLanguage() {
	}

	public static Locale of(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.FRENCH;
		}
		try {
			Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return (chosen != null) ? chosen : Locale.FRENCH;
		}
		catch (IllegalArgumentException ex) {
			return Locale.FRENCH;
		}
	}

}
