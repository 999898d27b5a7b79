package fr.clocher.website.ui;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.service.registry.ImportHttpServices;

import fr.clocher.kernel.ui.ModuleUi;
import fr.clocher.website.api.CouncilApi;
import fr.clocher.website.api.FilesApi;
import fr.clocher.website.api.GeneratedPagesApi;
import fr.clocher.website.api.HomeApi;
import fr.clocher.website.api.MenuApi;
import fr.clocher.website.api.PagesApi;
import fr.clocher.website.api.SiteOverviewApi;
import fr.clocher.website.api.ThemeApi;
import fr.clocher.website.api.TownHallApi;

/**
 * Installs the website module in portal-ui: its workspace entries and card, and one API
 * client per feature of its contract in the tenant-service group (portal-ui gives that
 * group its base URL, the user's token and language). Each screen asks for the clients of
 * the features it shows.
 */
@AutoConfiguration
@ImportHttpServices(group = ModuleUi.TENANT_SERVICE, types = { SiteOverviewApi.class, PagesApi.class, MenuApi.class,
		HomeApi.class, TownHallApi.class, ThemeApi.class, CouncilApi.class, GeneratedPagesApi.class, FilesApi.class })
public class WebsiteUiAutoConfiguration {

	@Bean
	ModuleUi websiteModuleUi(SiteOverviewApi site, PagesApi pages) {
		return new WebsiteModuleUi(site, pages);
	}

}
