package fr.clocher.website.service.settings;

import java.util.List;

import fr.clocher.website.api.Menu;
import fr.clocher.website.api.MenuEntry;
import fr.clocher.website.api.MenuTarget;
import fr.clocher.website.service.content.PageStore;
import fr.clocher.website.service.support.PlainText;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.Violations;
import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.transaction.annotation.Transactional;

/**
 * The menu: ordered entries with one level of nesting.
 */
public class MenuSettings {

	static final String DOCUMENT = "menu";

	private static final int MAX_ENTRIES = 12;

	private static final int MAX_CHILDREN = 15;

	private final SiteDocuments documents;

	private final PageStore pages;

	private final WebsiteChanges changes;

	MenuSettings(SiteDocuments documents, PageStore pages, WebsiteChanges changes) {
		this.documents = documents;
		this.pages = pages;
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	public Menu get() {
		return this.documents.read(DOCUMENT, Menu.class).orElse(new Menu(List.of()));
	}

	@Transactional
	public Menu update(Menu menu) {
		Violations violations = new Violations();
		List<MenuEntry> entries = (menu != null) ? menu.entries() : List.of();
		if (entries.size() > MAX_ENTRIES) {
			violations.add("entries", "12 entrées au plus au premier niveau.", "At most 12 top-level entries.");
		}
		List<MenuEntry> clean = new java.util.ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			clean.add(entry(violations, "entries[" + i + "]", entries.get(i), true));
		}
		violations.throwIfAny();
		Menu saved = new Menu(clean);
		this.documents.write(DOCUMENT, saved);
		this.changes.record("Menu du site modifié", "Site menu changed");
		return saved;
	}

	private MenuEntry entry(Violations violations, String field, MenuEntry entry, boolean topLevel) {
		if (entry == null) {
			violations.required(field, null);
			return null;
		}
		String label = PlainText.clean(entry.label());
		if (violations.required(field + ".label", label)) {
			violations.maxLength(field + ".label", label, 60);
		}
		MenuTarget target = entry.target();
		if (target == null) {
			violations.add(field + ".target", "Choisissez ce que l'entrée ouvre.", "Choose what the entry opens.");
			return entry;
		}
		switch (target) {
			case PAGE -> Links.checkPage(violations, field + ".pageId", entry.pageId(), this.pages);
			case LINK -> Links.checkUrl(violations, field + ".url", PlainText.clean(entry.url()));
			case GROUP -> {
				if (!topLevel) {
					violations.add(field + ".target", "Un sous-menu ne peut pas contenir de sous-menu.",
							"A submenu cannot hold another submenu.");
				}
				else if (entry.children().isEmpty()) {
					violations.add(field + ".children", "Un groupe doit contenir au moins une entrée.",
							"A group must hold at least one entry.");
				}
			}
		}
		if (!topLevel && !entry.children().isEmpty()) {
			violations.add(field + ".children", "Un seul niveau de sous-menu est possible.",
					"Only one level of submenu is possible.");
		}
		if (entry.children().size() > MAX_CHILDREN) {
			violations.add(field + ".children", "15 entrées au plus dans un sous-menu.",
					"At most 15 entries in a submenu.");
		}
		List<MenuEntry> children = new java.util.ArrayList<>();
		if (topLevel) {
			for (int i = 0; i < entry.children().size(); i++) {
				children.add(entry(violations, field + ".children[" + i + "]", entry.children().get(i), false));
			}
		}
		return new MenuEntry(label, target, (target == MenuTarget.PAGE) ? entry.pageId() : null,
				(target == MenuTarget.LINK) ? PlainText.clean(entry.url()) : null, children);
	}

	/** The menu without the entries opening a page that no longer exists. */
	void forgetPage(java.util.UUID pageId) {
		Menu menu = get();
		List<MenuEntry> kept = menu.entries()
			.stream()
			.filter((entry) -> !pageId.equals(entry.pageId()))
			.map((entry) -> new MenuEntry(entry.label(), entry.target(), entry.pageId(), entry.url(),
					entry.children().stream().filter((child) -> !pageId.equals(child.pageId())).toList()))
			.filter((entry) -> entry.target() != MenuTarget.GROUP || !entry.children().isEmpty())
			.toList();
		if (!kept.equals(menu.entries())) {
			this.documents.write(DOCUMENT, new Menu(kept));
		}
	}

}
