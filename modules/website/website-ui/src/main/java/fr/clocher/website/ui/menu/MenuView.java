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

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.website.api.Menu;
import fr.clocher.website.api.MenuApi;
import fr.clocher.website.api.MenuEntry;
import fr.clocher.website.api.PageSummary;
import fr.clocher.website.api.PagesApi;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.support.Actions;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Edits the site's menu: entries in order, one level of sub-entries under a group.
 */
@Route("website/menu")
@PageTitle("Menu")
@ModuleView(Website.KEY)
@PermitAll
public class MenuView extends ModuleScreen {

	private final MenuApi menuApi;

	private final List<MenuItem> items = new ArrayList<>();

	private final List<PageSummary> pages;

	final VerticalLayout rows = new VerticalLayout();

	final Button save = Actions.button(translate("website.menu.save-menu"), VaadinIcon.CHECK, true, this::save);

	public MenuView(MenuApi menuApi, PagesApi pagesApi) {
		super(translate("website.menu.site-menu"), translate("website.menu.intro"));
		this.menuApi = menuApi;
		this.save.setId("save-menu");
		this.pages = this.api.run(() -> pagesApi.pages(tenant())).orElse(List.of());
		this.api.run(() -> menuApi.menu(tenant())).ifPresent(this::load);
		this.rows.setPadding(false);
		Button add = new Button(translate("website.menu.add-entry"), VaadinIcon.PLUS.create(), (event) -> {
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
			this.rows.add(new Paragraph(translate("website.menu.empty")));
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
			ApiCall.success(translate("website.menu.menu-saved"));
		});
	}

}
