package fr.clocher.kernel.site;

import java.util.Objects;

/**
 * A {@code <link>} of a page's head.
 *
 * @param rel its relation ({@code alternate})
 * @param type the media type of what it names ({@code application/rss+xml})
 * @param title what it is, for people ("Actualités de la commune")
 * @param href a site path, written for the way the reader reached the site
 */
public record SiteHeadLink(String rel, String type, String title, String href) {

	public SiteHeadLink {
		Objects.requireNonNull(rel, "rel");
		Objects.requireNonNull(href, "href");
	}

	/** A feed, for autodiscovery. */
	public static SiteHeadLink feed(String type, String title, String href) {
		return new SiteHeadLink("alternate", type, title, href);
	}

}
