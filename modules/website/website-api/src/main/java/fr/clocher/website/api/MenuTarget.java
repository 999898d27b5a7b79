package fr.clocher.website.api;

/**
 * What a menu entry opens.
 */
public enum MenuTarget {

	/** A page written by the secretary ({@link MenuEntry#pageId()}). */
	PAGE,

	/**
	 * An address ({@link MenuEntry#url()}): {@code http(s)://...} elsewhere, or a site
	 * path such as {@code /conseil-municipal} (see {@link SiteOverview#sitePaths()}).
	 */
	LINK,

	/** A heading that opens nothing and groups its children (top level only). */
	GROUP

}
