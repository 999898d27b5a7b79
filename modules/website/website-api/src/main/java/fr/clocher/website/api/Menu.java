package fr.clocher.website.api;

import java.util.List;

/**
 * The site's menu, shown on every page after "Accueil" (which is always there).
 *
 * @param entries the top-level entries, in order (at most 12, each with at most 15
 * children)
 */
public record Menu(List<MenuEntry> entries) {

	public Menu {
		entries = (entries != null) ? List.copyOf(entries) : List.of();
	}

}
