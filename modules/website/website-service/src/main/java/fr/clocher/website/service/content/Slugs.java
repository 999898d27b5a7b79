package fr.clocher.website.service.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A page's address: lower-case ASCII words separated by dashes, made from its title when
 * the secretary gives none ({@code "L'école : horaires"} gives {@code l-ecole-horaires}).
 */
public final class Slugs {

	public static final int MAX = 80;

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Slugs() {
	}

	public static String fromTitle(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("œ", "oe")
			.replace("Œ", "oe")
			.replace("æ", "ae")
			.toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "page" : slug;
	}

	public static boolean valid(String slug) {
		return slug != null && slug.length() <= MAX && VALID.matcher(slug).matches();
	}

}
