package fr.clocher.kernel.site;

/**
 * Renders a page in the commune's frame, as a complete HTML document; tenant-service
 * provides it. Modules use it for previews; the public site uses it for every page.
 */
public interface SiteRenderer {

	/** The page as the public site serves it (its style sheet linked). */
	String render(SiteRequest request, SitePage page);

	/**
	 * The page for a preview outside the site (in an iframe of the admin): style inlined,
	 * addresses absolute on the commune's host, links not followed by search engines.
	 */
	String preview(SiteRequest request, SitePage page);

}
