package fr.clocher.website.ui.pages;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.website.api.PageSummary;
import fr.clocher.website.api.PagesApi;
import fr.clocher.website.api.Website;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Every page of the site with where it stands; opens the editor.
 */
@Route("website/pages")
@PageTitle("Pages")
@ModuleView(Website.KEY)
@PermitAll
public class PagesView extends ModuleScreen {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

	final Grid<PageSummary> grid = new Grid<>();

	public PagesView(PagesApi pagesApi) {
		super(translate("website.pages.site-pages"), translate("website.pages.intro"));
		Button create = new Button(translate("website.pages.new-page"), VaadinIcon.PLUS.create(),
				(event) -> open("new"));
		create.setId("new-page");
		this.grid.addColumn(PageSummary::title).setHeader(translate("website.pages.title")).setFlexGrow(3);
		this.grid.addColumn((page) -> PageStatusLabel.of(page.status()))
			.setHeader(translate("website.pages.status"))
			.setFlexGrow(2);
		this.grid.addColumn(PageSummary::publicPath).setHeader(translate("website.pages.address")).setFlexGrow(2);
		this.grid
			.addColumn((page) -> (page.updatedAt() != null)
					? DATE.withLocale(WorkspaceCommune.locale()).format(page.updatedAt().atZone(Paris.ZONE)) : "")
			.setHeader(translate("website.pages.updated"))
			.setFlexGrow(1);
		this.grid.addComponentColumn((page) -> {
			Button edit = new Button(translate("website.pages.edit"), (event) -> open(page.id().toString()));
			edit.getElement().setAttribute("aria-label", translate("website.pages.edit-named", page.title()));
			return edit;
		}).setFlexGrow(1);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(translate("website.pages.empty"));
		this.grid.addItemClickListener((event) -> open(event.getItem().id().toString()));
		add(create, this.grid);
		this.api.run(() -> pagesApi.pages(tenant())).ifPresent(this.grid::setItems);
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(PageEditorView.class, new RouteParameters("id", id)));
	}

}
