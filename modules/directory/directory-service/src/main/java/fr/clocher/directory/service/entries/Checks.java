package fr.clocher.directory.service.entries;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Siret;
import fr.clocher.kernel.problem.Violations;

/**
 * The kernel's {@link Violations} with the checks of the directory's fields: each refusal
 * names its field, nothing is cleaned behind the writer's back except surrounding blanks.
 */
public final class Checks extends Violations {

	private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z/!?]|&[a-zA-Z]+;|&#");

	private static final Pattern FRENCH_PHONE = Pattern.compile("0[1-9]\\d{8}|\\+33[1-9]\\d{8}");

	private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("\\+[1-9]\\d{6,14}");

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	/**
	 * A plain text field: trimmed, control characters other than line breaks removed,
	 * null when blank; refused when required and blank, too long, or holding HTML.
	 */
	public String text(String field, String value, int max, boolean required) {
		String clean = clean(value);
		if (clean == null) {
			if (required) {
				add(field, REQUIRED);
			}
			return null;
		}
		if (clean.length() > max) {
			add(field, LocalizedText.of("%d caractères au plus (%d saisis).", "At most %d characters (%d given).")
				.formatted(max, clean.length()));
		}
		else if (HTML.matcher(clean).find()) {
			add(field, "Texte simple attendu : le HTML (balises <…>, entités &…;) n'est pas accepté.",
					"Plain text expected: HTML (<…> tags, &…; entities) is not accepted.");
		}
		return clean;
	}

	/** A phone number, French or international; kept as written. */
	public String phone(String field, String value) {
		String clean = clean(value);
		if (clean != null) {
			String digits = clean.replaceAll("[\\s.\\-()]", "");
			if (!FRENCH_PHONE.matcher(digits).matches() && !INTERNATIONAL_PHONE.matcher(digits).matches()) {
				add(field, "Numéro de téléphone invalide : 10 chiffres commençant par 0, ou +33 et 9 chiffres.",
						"Invalid phone number: 10 digits starting with 0, or +33 and 9 digits.");
			}
		}
		return clean;
	}

	/** An e-mail address. */
	public String email(String field, String value) {
		String clean = clean(value);
		if (clean != null && (clean.length() > 254 || !EMAIL.matcher(clean).matches())) {
			add(field, "Adresse électronique invalide (exemple : mairie@commune.fr).",
					"Invalid e-mail address (example: mairie@commune.fr).");
		}
		return clean;
	}

	/** A web address, {@code http} or {@code https} with a host. */
	public String url(String field, String value) {
		String clean = clean(value);
		if (clean != null && !isWebAddress(clean)) {
			add(field, "Adresse de site invalide : elle commence par https:// ou http:// et nomme un site.",
					"Invalid web address: it starts with https:// or http:// and names a site.");
		}
		return clean;
	}

	/** A SIRET: 14 digits (spaces allowed) passing the Luhn check; kept as the digits. */
	public String siret(String field, String value) {
		String clean = clean(value);
		if (clean == null) {
			return null;
		}
		String digits = clean.replace(" ", "");
		if (!digits.matches("\\d{14}") || !Siret.valid(digits)) {
			add(field, "SIRET invalide : 14 chiffres dont la clé de contrôle (Luhn) doit être juste.",
					"Invalid SIRET: 14 digits whose check key (Luhn) must be right.");
		}
		return digits;
	}

	private static boolean isWebAddress(String value) {
		if (value.length() > 500) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
