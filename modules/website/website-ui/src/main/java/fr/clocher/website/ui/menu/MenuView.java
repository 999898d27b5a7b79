package fr.clocher.website.ui.menu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.website.api.Menu;
import fr.clocher.website.api.MenuApi;
import fr.clocher.website.api.MenuEntry;
import fr.clocher.website.api.PageSummary;
import fr.clocher.website.api.PagesApi;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.support.Actions;
import fr.clocher.website.ui.support.ApiCall;
import fr.clocher.website.ui.support.WebsiteScreen;

import static fr.clocher.website.ui.support.Texts.t;

/**
 * Edits the site's menu: entries in order, one level of sub-entries under a group.
 */
@Route("website/menu")
@PageTitle("Menu")
@ModuleView(Website.KEY)
@PermitAll
public class MenuView extends WebsiteScreen {

	private final MenuApi menuApi;

	private final List<MenuItem> items = new ArrayList<>();

	private final List<PageSummary> pages;

	final VerticalLayout rows = new VerticalLayout();

	final Button save = Actions.button(t("Enregistrer le menu", "Save the menu"), VaadinIcon.CHECK, true, this::save);

	public MenuView(MenuApi menuApi, PagesApi pagesApi) {
		super(t("Menu du site", "Site menu"),
				t("« Accueil » est toujours en tête. Une entrée ouvre une page, une "
						+ "adresse, ou regroupe des sous-entrées.",
						"\"Home\" always comes first. An entry opens a page, an " + "address, or groups sub-entries."));
		this.menuApi = menuApi;
		this.save.setId("save-menu");
		this.pages = this.api.run(() -> pagesApi.pages(tenant())).orElse(List.of());
		this.api.run(() -> menuApi.menu(tenant())).ifPresent(this::load);
		this.rows.setPadding(false);
		Button add = new Button(t("Ajouter une entrée", "Add an entry"), VaadinIcon.PLUS.create(), (event) -> {
			this.items.add(new MenuItem());
			render();
		});
		add.setId("add-entry");
		add(this.rows, new HorizontalLayout(add, this.save));
	}

	private void load(Menu menu) {
		this.items.clear();
		menu.entries().stream().map(MenuItem::of).forEach(this.items::add);
		render();
	}

	private void render() {
		this.rows.removeAll();
		this.api.clearFields();
		if (this.items.isEmpty()) {
			this.rows.add(new Paragraph(t("Le menu n'a pas encore d'entrée.", "The menu has no entry yet.")));
		}
		for (int i = 0; i < this.items.size(); i++) {
			MenuItem item = this.items.get(i);
			MenuRow row = row(item, this.items, false, "entries[" + i + "]");
			row.setId("entry-" + i);
			this.rows.add(row);
			for (int j = 0; j < item.children.size(); j++) {
				MenuRow childRow = row(item.children.get(j), item.children, true,
						"entries[" + i + "].children[" + j + "]");
				childRow.setId("entry-" + i + "-" + j);
				this.rows.add(childRow);
			}
		}
	}

	private MenuRow row(MenuItem item, List<MenuItem> siblings, boolean child, String apiName) {
		MenuRow row = new MenuRow(item, this.pages, child, () -> move(siblings, item, -1),
				() -> move(siblings, item, 1), () -> {
					siblings.remove(item);
					render();
				}, () -> {
					item.children.add(new MenuItem());
					render();
				});
		row.target.addValueChangeListener((event) -> render());
		this.api.field(apiName + ".label", row.label)
			.field(apiName + ".url", row.url)
			.field(apiName + ".pageId", row.page)
			.field(apiName + ".target", row.target)
			.field(apiName + ".children", row.label);
		return row;
	}

	private void move(List<MenuItem> siblings, MenuItem item, int by) {
		int from = siblings.indexOf(item);
		int to = from + by;
		if (to >= 0 && to < siblings.size()) {
			Collections.swap(siblings, from, to);
			render();
		}
	}

	private void save() {
		List<MenuEntry> entries = this.items.stream().map(MenuItem::entry).toList();
		this.api.run(() -> this.menuApi.updateMenu(tenant(), new Menu(entries))).ifPresent((menu) -> {
			load(menu);
			ApiCall.success(t("Menu enregistré.", "Menu saved."));
		});
	}

}
