package fr.clocher.website.ui;

import java.util.List;

import com.vaadin.flow.component.icon.VaadinIcon;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.ModuleMenuItem;
import fr.clocher.kernel.ui.ModuleUi;
import fr.clocher.website.api.PagesApi;
import fr.clocher.website.api.SiteOverviewApi;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.council.CouncilView;
import fr.clocher.website.ui.legal.GeneratedPagesView;
import fr.clocher.website.ui.menu.MenuView;
import fr.clocher.website.ui.pages.PagesView;
import fr.clocher.website.ui.theme.ThemeView;
import fr.clocher.website.ui.townhall.TownHallView;

/**
 * The website module's place in the workspace: its menu entries and its dashboard card.
 */
public class WebsiteModuleUi implements ModuleUi {

	private final SiteOverviewApi siteApi;

	private final PagesApi pagesApi;

	public WebsiteModuleUi(SiteOverviewApi siteApi, PagesApi pagesApi) {
		this.siteApi = siteApi;
		this.pagesApi = pagesApi;
	}

	@Override
	public String moduleKey() {
		return Website.KEY;
	}

	@Override
	public List<ModuleMenuItem> menu() {
		return List.of(
				new ModuleMenuItem(LocalizedText.of("Pages du site", "Site pages"), PagesView.class,
						VaadinIcon.FILE_TEXT_O),
				new ModuleMenuItem(LocalizedText.of("Menu du site", "Site menu"), MenuView.class, VaadinIcon.MENU),
				new ModuleMenuItem(LocalizedText.of("Mairie", "Town hall"), TownHallView.class, VaadinIcon.INSTITUTION),
				new ModuleMenuItem(LocalizedText.of("Apparence", "Appearance"), ThemeView.class, VaadinIcon.PALETTE),
				new ModuleMenuItem(LocalizedText.of("Conseil municipal", "Council"), CouncilView.class,
						VaadinIcon.USERS),
				new ModuleMenuItem(LocalizedText.of("Pages obligatoires", "Required pages"), GeneratedPagesView.class,
						VaadinIcon.SCALE));
	}

	@Override
	public List<DashboardCard> dashboardCards() {
		return List.of(new SiteCard(this.siteApi, this.pagesApi));
	}

}
