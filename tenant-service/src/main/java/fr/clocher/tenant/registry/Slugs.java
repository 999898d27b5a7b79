package fr.clocher.tenant.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs and search keys derived from names: {@code Saint-Orens-de-Gameville} becomes
 * {@code saint-orens-de-gameville}; {@code Œuilly} becomes {@code oeuilly}.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 63;

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	public static String of(String name) {
		String slug = NOT_ALPHANUMERIC.matcher(plain(name)).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug;
	}

	/** Lower-case words without accents or punctuation, for prefix search. */
	public static String searchKey(String text) {
		return NOT_ALPHANUMERIC.matcher(plain(text)).replaceAll(" ").trim();
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
	}

	private static String plain(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

}
