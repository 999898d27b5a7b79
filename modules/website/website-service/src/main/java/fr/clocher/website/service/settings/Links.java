package fr.clocher.website.service.settings;

import java.util.UUID;
import java.util.regex.Pattern;

import fr.clocher.website.service.content.PageStore;
import fr.clocher.website.service.support.Violations;

/**
 * What a menu entry or a quick link may open: one of the commune's pages, a site path, or
 * an http(s) address.
 */
final class Links {

	private static final Pattern EXTERNAL = Pattern.compile("https?://[^\\s/?#]+[^\\s]*", Pattern.CASE_INSENSITIVE);

	private static final Pattern SITE_PATH = Pattern.compile("/(?!/)[^\\s]*");

	private Links() {
	}

	static void checkPage(Violations violations, String field, UUID pageId, PageStore pages) {
		if (pageId == null) {
			violations.add(field, "Choisissez une page.", "Choose a page.");
		}
		else if (pages.find(pageId).isEmpty()) {
			violations.add(field, "Cette page n'existe pas (ou plus).", "This page does not exist (any more).");
		}
	}

	static void checkUrl(Violations violations, String field, String url) {
		if (!violations.required(field, url)) {
			return;
		}
		if (url.length() > 500 || !(EXTERNAL.matcher(url).matches() || SITE_PATH.matcher(url).matches())) {
			violations.add(field, "Une adresse commençant par https:// ou un chemin du site commençant par /.",
					"An address starting with https:// or a site path starting with /.");
		}
	}

}
