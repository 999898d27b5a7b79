package fr.clocher.kernel.api;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The check of one value against its setting's type and bounds.
 */
final class SettingValueCheck {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

	private SettingValueCheck() {
	}

	static Optional<LocalizedText> of(SettingDescriptor setting, Object raw) {
		return switch (setting.type()) {
			case BOOLEAN ->
				(raw instanceof Boolean || "true".equals(raw) || "false".equals(raw)) ? Optional.empty() : Optional
					.of(LocalizedText.of("La valeur doit être oui ou non.", "The value must be true or false."));
			case INTEGER -> checkInteger(setting, raw);
			case CHOICE -> setting.choices().contains(String.valueOf(raw)) ? Optional.empty()
					: Optional.of(LocalizedText
						.of("Valeur non proposée ; choix possibles : %s.", "Not one of the choices: %s.")
						.formatted(String.join(", ", setting.choices())));
			case EMAIL ->
				checkText(setting, raw, EMAIL, LocalizedText.of("Adresse e-mail invalide.", "Invalid e-mail address."));
			case COLOR -> checkText(setting, raw, COLOR,
					LocalizedText.of("Couleur attendue au format #RRVVBB.", "Colour expected as #RRGGBB."));
			case URL -> checkUrl(setting, raw);
			case TEXT -> checkText(setting, raw, null, null);
		};
	}

	static Object normalise(SettingDescriptor setting, Object raw) {
		return switch (setting.type()) {
			case BOOLEAN -> (raw instanceof Boolean b) ? b : Boolean.valueOf((String) raw);
			case INTEGER -> (raw instanceof Number n) ? n.longValue() : Long.valueOf(raw.toString().trim());
			default -> raw.toString().trim();
		};
	}

	private static Optional<LocalizedText> checkInteger(SettingDescriptor setting, Object raw) {
		boolean whole = raw instanceof Integer || raw instanceof Long
				|| (raw instanceof String s && INTEGER.matcher(s.trim()).matches());
		if (!whole) {
			return Optional.of(LocalizedText.of("Un nombre entier est attendu.", "A whole number is expected."));
		}
		long value = normalise(setting, raw) instanceof Long l ? l : 0;
		if (setting.min() != null && value < setting.min()) {
			return Optional.of(LocalizedText.of("La valeur doit être au moins %d.", "The value must be at least %d.")
				.formatted(setting.min()));
		}
		if (setting.max() != null && value > setting.max()) {
			return Optional.of(LocalizedText.of("La valeur doit être au plus %d.", "The value must be at most %d.")
				.formatted(setting.max()));
		}
		return Optional.empty();
	}

	private static Optional<LocalizedText> checkText(SettingDescriptor setting, Object raw, Pattern pattern,
			LocalizedText patternReason) {
		if (!(raw instanceof String text)) {
			return Optional.of(LocalizedText.of("Un texte est attendu.", "A text is expected."));
		}
		String value = text.trim();
		if (setting.max() != null && value.length() > setting.max()) {
			return Optional
				.of(LocalizedText.of("Le texte dépasse %d caractères.", "The text is longer than %d characters.")
					.formatted(setting.max()));
		}
		if (setting.min() != null && value.length() < setting.min()) {
			return Optional.of(LocalizedText
				.of("Le texte doit compter au moins %d caractères.", "The text must be at least %d characters long.")
				.formatted(setting.min()));
		}
		if (pattern != null && !pattern.matcher(value).matches()) {
			return Optional.of(patternReason);
		}
		return Optional.empty();
	}

	private static Optional<LocalizedText> checkUrl(SettingDescriptor setting, Object raw) {
		Optional<LocalizedText> text = checkText(setting, raw, null, null);
		if (text.isPresent()) {
			return text;
		}
		try {
			URI uri = new URI(raw.toString().trim());
			if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
				return Optional.empty();
			}
		}
		catch (Exception ex) {
			// falls through to the refusal below
		}
		return Optional.of(LocalizedText.of("Adresse web invalide (http:// ou https://).",
				"Invalid web address (http:// or https://)."));
	}

}
