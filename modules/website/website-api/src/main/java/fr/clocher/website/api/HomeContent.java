package fr.clocher.website.api;

import java.util.List;

/**
 * What the secretary writes on the home page; the rest of it (name, logo, header photo,
 * town hall, other modules' content) comes from elsewhere.
 *
 * @param welcome a welcome text, rich text as HTML (sanitized), may be empty, at most
 * 20,000 characters
 * @param quickLinks shortcuts, in order, at most 12
 */
public record HomeContent(String welcome, List<QuickLink> quickLinks) {

	public HomeContent {
		quickLinks = (quickLinks != null) ? List.copyOf(quickLinks) : List.of();
	}

}
