package fr.clocher.kernel.site;

import java.util.List;

/**
 * What frames every page of a commune's site.
 *
 * @param siteName the commune's name, as the header shows it
 * @param primaryColor the theme colour ({@code #rrggbb}, contrast with white checked), or
 * null for the platform's
 * @param logoPath a site path of the logo or coat of arms, or null
 * @param headerImagePath a site path of the home page's header photo, or null
 * @param menu the menu, after "Accueil" which the frame always shows
 * @param footerLinks the footer's links (the generated pages, the sitemap...)
 * @param footerHtml trusted HTML for the footer (the town hall's address), or null
 */
public record SiteChrome(String siteName, String primaryColor, String logoPath, String headerImagePath,
		List<SiteLink> menu, List<SiteLink> footerLinks, String footerHtml) {

	public SiteChrome {
		menu = (menu != null) ? List.copyOf(menu) : List.of();
		footerLinks = (footerLinks != null) ? List.copyOf(footerLinks) : List.of();
	}

	/** The frame of a commune whose site module gives none: its name and nothing else. */
	public static SiteChrome plain(String siteName) {
		return new SiteChrome(siteName, null, null, null, List.of(), List.of(), null);
	}

}
