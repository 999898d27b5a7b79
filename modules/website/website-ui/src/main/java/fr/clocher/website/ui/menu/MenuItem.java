package fr.clocher.website.ui.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.website.api.MenuEntry;
import fr.clocher.website.api.MenuTarget;

/**
 * One menu entry while it is edited.
 */
final class MenuItem {

	String label = "";

	MenuTarget target = MenuTarget.PAGE;

	UUID pageId;

	String url = "";

	final List<MenuItem> children = new ArrayList<>();

	static MenuItem of(MenuEntry entry) {
		MenuItem item = new MenuItem();
		item.label = (entry.label() != null) ? entry.label() : "";
		item.target = (entry.target() != null) ? entry.target() : MenuTarget.PAGE;
		item.pageId = entry.pageId();
		item.url = (entry.url() != null) ? entry.url() : "";
		entry.children().forEach((child) -> item.children.add(of(child)));
		return item;
	}

	MenuEntry entry() {
		return new MenuEntry(this.label.strip(), this.target, (this.target == MenuTarget.PAGE) ? this.pageId : null,
				(this.target == MenuTarget.LINK) ? this.url.strip() : null,
				(this.target == MenuTarget.GROUP) ? this.children.stream().map(MenuItem::entry).toList() : List.of());
	}

}
