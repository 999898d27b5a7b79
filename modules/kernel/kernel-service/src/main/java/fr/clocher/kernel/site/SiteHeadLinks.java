package fr.clocher.kernel.site;

import java.util.List;

/**
 * Links a module adds to the {@code <head>} of every page of a commune's site (its feeds,
 * for {@code <link rel="alternate">} autodiscovery); a bean in the module's
 * auto-configuration, asked only when the module is enabled for the commune, in the
 * commune's tenant context. Like a page, the links may change only with the site version
 * or the day.
 */
public interface SiteHeadLinks {

	/** The module these links belong to. */
	String moduleKey();

	/** The links, their {@code href} a site path ({@code /actualites/flux.xml}). */
	List<SiteHeadLink> links(SiteRequest request);

}
