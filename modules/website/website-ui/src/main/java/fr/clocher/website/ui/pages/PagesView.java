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
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.website.api.PageSummary;
import fr.clocher.website.api.PagesApi;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.support.WebsiteScreen;

import static fr.clocher.website.ui.support.Texts.t;

/**
 * Every page of the site with where it stands; opens the editor.
 */
@Route("website/pages")
@PageTitle("Pages")
@ModuleView(Website.KEY)
@PermitAll
public class PagesView extends WebsiteScreen {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

	final Grid<PageSummary> grid = new Grid<>();

	public PagesView(PagesApi pagesApi) {
		super(t("Pages du site", "Site pages"),
				t("Les pages que vous écrivez. Une page n'est visible des habitants " + "qu'une fois publiée.",
						"The pages you write. Residents see a page only once it is published."));
		Button create = new Button(t("Nouvelle page", "New page"), VaadinIcon.PLUS.create(), (event) -> open("new"));
		create.setId("new-page");
		this.grid.addColumn(PageSummary::title).setHeader(t("Titre", "Title")).setFlexGrow(3);
		this.grid.addColumn((page) -> PageStatusLabel.of(page.status())).setHeader(t("État", "Status")).setFlexGrow(2);
		this.grid.addColumn(PageSummary::publicPath).setHeader(t("Adresse", "Address")).setFlexGrow(2);
		this.grid
			.addColumn((page) -> (page.updatedAt() != null)
					? DATE.withLocale(WorkspaceCommune.locale()).format(page.updatedAt().atZone(Paris.ZONE)) : "")
			.setHeader(t("Modifiée le", "Updated"))
			.setFlexGrow(1);
		this.grid.addComponentColumn((page) -> {
			Button edit = new Button(t("Modifier", "Edit"), (event) -> open(page.id().toString()));
			edit.getElement().setAttribute("aria-label", t("Modifier ", "Edit ") + page.title());
			return edit;
		}).setFlexGrow(1);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(t("Aucune page pour l'instant.", "No pages yet."));
		this.grid.addItemClickListener((event) -> open(event.getItem().id().toString()));
		add(create, this.grid);
		this.api.run(() -> pagesApi.pages(tenant())).ifPresent(this.grid::setItems);
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(PageEditorView.class, new RouteParameters("id", id)));
	}

}
