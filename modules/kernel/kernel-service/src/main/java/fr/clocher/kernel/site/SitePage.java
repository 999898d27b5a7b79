package fr.clocher.kernel.site;

import java.util.Objects;

/**
 * A page of a commune's site, which the kernel shows in the commune's frame (theme, menu,
 * footer), with its canonical address and OpenGraph tags.
 *
 * @param title the page's heading and title, plain text
 * @param description one or two plain sentences for search engines and link previews, or
 * null
 * @param bodyHtml the page's content, trusted HTML (the module escaped or sanitized it);
 * site-relative links and images ({@code href="/…"}, {@code src="/…"}) are rewritten for
 * the way the reader reached the site
 * @param imagePath a site path of an image for link previews, or null
 * @param home true for the home page (the title then is the commune's name alone)
 */
public record SitePage(String title, String description, String bodyHtml, String imagePath,
		boolean home) implements SiteContent {

	public SitePage {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(bodyHtml, "bodyHtml");
	}

	/** An ordinary page. */
	public static SitePage of(String title, String description, String bodyHtml) {
		return new SitePage(title, description, bodyHtml, null, false);
	}

}
