package fr.clocher.kernel.site;

/**
 * Gives the frame of a commune's pages (the website module's theme, menu and footer).
 * Asked only when its module is enabled for the commune; without one the frame shows the
 * commune's name.
 */
public interface SiteChromeSource {

	/** The module giving the frame. */
	String moduleKey();

	SiteChrome chrome(SiteRequest request);

}
