package fr.clocher.kernel.site;

import java.util.Optional;

/**
 * A module's fragment in an area of a commune's site (its latest news on the home page,
 * its active alerts on every page); a bean in the module's auto-configuration. Rendered
 * only when the module is enabled for the commune, in the commune's tenant context.
 */
public interface SiteSlot {

	/** At the top of the home page's content: the latest news, upcoming events. */
	String HOME = "home";

	/**
	 * A band above every page's content: urgent alerts. Keep it empty when there is none.
	 */
	String ALERTS = "alerts";

	/** The module this slot belongs to. */
	String moduleKey();

	/** Where it goes: {@link #HOME} or {@link #ALERTS}. */
	String area();

	/** Its place in the area (lowest first). */
	default int order() {
		return 100;
	}

	/**
	 * The fragment, trusted HTML in a {@code <section>} with a heading ({@code
	 *
	<h2>}), links made with {@link SiteRequest#link}; empty when there is nothing to show.
	 */
	Optional<String> render(SiteRequest request);

}
