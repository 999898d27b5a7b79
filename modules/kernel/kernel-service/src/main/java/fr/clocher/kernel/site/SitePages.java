package fr.clocher.kernel.site;

import java.util.List;
import java.util.Optional;

/**
 * The public pages a module adds to a commune's site; a bean in the module's
 * auto-configuration. Asked only when the module is enabled for the commune (or, for
 * pages that {@linkplain #followsGroups() follow the groups}, for one of its active
 * groups), inside a read-only transaction in the commune's tenant context. A module
 * answers only its own paths (two modules answering the same path is a mistake: the first
 * by {@link #order()} wins). An answer may change only when the site version or the day
 * does: it is kept and served again until then (see the package description).
 */
public interface SitePages {

	/** The module these pages belong to. */
	String moduleKey();

	/**
	 * Whether these pages make the commune's site: its home and the pages no public site
	 * may go without (legal notices, privacy page, accessibility statement). A commune is
	 * online only while a module that hosts its site is on.
	 */
	default boolean hostsSite() {
		return false;
	}

	/**
	 * Whether the pages also show on a member commune's site when the commune has the
	 * module off but one of its active groups (intercommunality, syndicate) has it on:
	 * the group runs the service for its members (waste billing's residents' evidence).
	 * The pages are then asked in the commune's context all the same; reading the group's
	 * data is theirs to do, and to scope to the commune.
	 */
	default boolean followsGroups() {
		return false;
	}

	/** Which module is asked first when several may answer (lowest first). */
	default int order() {
		return 0;
	}

	/**
	 * The content at {@link SiteRequest#path()}, or empty when the path is not this
	 * module's (the site then answers its 404 page).
	 */
	Optional<SiteContent> find(SiteRequest request);

	/** The module's public pages, for {@code sitemap.xml}. */
	default List<SitemapEntry> sitemap(SiteRequest request) {
		return List.of();
	}

	/**
	 * Pages a menu may link to: label and site path ("Actualités", {@code /actualites}).
	 */
	default List<SiteLink> linkable(SiteRequest request) {
		return List.of();
	}

}
