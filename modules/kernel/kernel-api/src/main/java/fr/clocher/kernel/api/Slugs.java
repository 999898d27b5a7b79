package fr.clocher.kernel.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs made from French names: lower-case ASCII words separated by dashes
 * ({@code Saint-Orens-de-Gameville} gives {@code saint-orens-de-gameville},
 * {@code Œuilly} gives {@code oeuilly}, {@code "L'école : horaires"} gives
 * {@code l-ecole-horaires}). Every kind of slug shares this normalisation; they differ
 * only in their length and in what an empty result becomes.
 */
public enum Slugs {

	/**
	 * A tenant's slug, the DNS label of {@code <slug>.<platform domain>}: 63 characters
	 * at most; a name without a letter or digit gives an empty slug, which the caller
	 * refuses.
	 */
	TENANT(63, ""),

	/**
	 * A page's address on the commune's site: 80 characters at most; a title without a
	 * letter or digit gives {@code page}.
	 */
	PAGE(80, "page");

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private final int maxLength;

	private final String whenEmpty;

	Slugs(int maxLength, String whenEmpty) {
		this.maxLength = maxLength;
		this.whenEmpty = whenEmpty;
	}

	/** The longest slug of this kind. */
	public int maxLength() {
		return this.maxLength;
	}

	/**
	 * The slug of a name or title.
	 * @param name what the slug is made from
	 * @return the slug, cut at a word boundary to the maximum length
	 */
	public String of(String name) {
		String slug = NOT_ALPHANUMERIC.matcher(plain(name)).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() > this.maxLength) {
			slug = slug.substring(0, this.maxLength).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? this.whenEmpty : slug;
	}

	/** Whether a slug someone typed is one of this kind. */
	public boolean isValid(String slug) {
		return slug != null && slug.length() <= this.maxLength && VALID.matcher(slug).matches();
	}

	/** Lower-case words without accents or punctuation, for prefix search. */
	public static String searchKey(String text) {
		return NOT_ALPHANUMERIC.matcher(plain(text)).replaceAll(" ").trim();
	}

	private static String plain(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

}
