package fr.clocher.website.ui;

import java.util.List;

import com.vaadin.flow.component.icon.VaadinIcon;

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
		return List.of(new ModuleMenuItem("website.nav.pages", PagesView.class, VaadinIcon.FILE_TEXT_O),
				new ModuleMenuItem("website.nav.menu", MenuView.class, VaadinIcon.MENU),
				new ModuleMenuItem("website.nav.town-hall", TownHallView.class, VaadinIcon.INSTITUTION),
				new ModuleMenuItem("website.nav.theme", ThemeView.class, VaadinIcon.PALETTE),
				new ModuleMenuItem("website.nav.council", CouncilView.class, VaadinIcon.USERS),
				new ModuleMenuItem("website.nav.legal", GeneratedPagesView.class, VaadinIcon.SCALE));
	}

	@Override
	public List<DashboardCard> dashboardCards() {
		return List.of(new SiteCard(this.siteApi, this.pagesApi));
	}

}
