package fr.clocher.kernel.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a secretary or resident reads, in French (the default) and English.
 */
public record LocalizedText(String fr, String en) {

	public LocalizedText {
		Objects.requireNonNull(fr, "fr");
		Objects.requireNonNull(en, "en");
	}

	public static LocalizedText of(String fr, String en) {
		return new LocalizedText(fr, en);
	}

	/** The text in the given language; French for anything but English. */
	public String in(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.en : this.fr;
	}

	/** Both languages filled with {@link String#format} arguments. */
	public LocalizedText formatted(Object... args) {
		return new LocalizedText(String.format(Locale.FRANCE, this.fr, args),
				String.format(Locale.ENGLISH, this.en, args));
	}

}
