package fr.clocher.website.api;

import java.util.List;
import java.util.UUID;

/**
 * One entry of the menu.
 *
 * @param label what it says, required, at most 60 characters
 * @param target what it opens
 * @param pageId the page, for {@link MenuTarget#PAGE}; null otherwise
 * @param url the address, for {@link MenuTarget#LINK}; null otherwise
 * @param children the entries under it, in order; only a top-level entry may have some
 * (one level of nesting), a {@link MenuTarget#GROUP} must have some
 */
public record MenuEntry(String label, MenuTarget target, UUID pageId, String url, List<MenuEntry> children) {

	public MenuEntry {
		children = (children != null) ? List.copyOf(children) : List.of();
	}

	/** An entry opening a page. */
	public static MenuEntry page(String label, UUID pageId) {
		return new MenuEntry(label, MenuTarget.PAGE, pageId, null, List.of());
	}

	/** An entry opening an address. */
	public static MenuEntry link(String label, String url) {
		return new MenuEntry(label, MenuTarget.LINK, null, url, List.of());
	}

	/** A heading grouping entries. */
	public static MenuEntry group(String label, List<MenuEntry> children) {
		return new MenuEntry(label, MenuTarget.GROUP, null, null, children);
	}

}
