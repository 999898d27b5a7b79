package fr.clocher.announcements.service.content;

import fr.clocher.kernel.api.LocalizedText;

/**
 * The three kinds of announcement, and how each is named to the secretary and on the
 * site.
 */
public enum Kind {

	NEWS("news", "/actualites/", LocalizedText.of("Actualité", "News item")),

	EVENT("event", "/agenda/", LocalizedText.of("Événement", "Event")),

	ALERT("alert", "/alertes/", LocalizedText.of("Alerte", "Alert"));

	private final String code;

	private final String path;

	private final LocalizedText label;

	Kind(String code, String path, LocalizedText label) {
		this.code = code;
		this.path = path;
		this.label = label;
	}

	/** The word in its problem codes ({@code news-not-found}). */
	public String code() {
		return this.code;
	}

	/** Its public address on a commune's site. */
	public String path(java.util.UUID id) {
		return this.path + id;
	}

	public LocalizedText label() {
		return this.label;
	}

}
