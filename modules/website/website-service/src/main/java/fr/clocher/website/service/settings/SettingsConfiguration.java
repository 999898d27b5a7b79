package fr.clocher.website.service.settings;

import fr.clocher.website.service.content.PageStore;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The site's settings (menu, home, town hall, theme, council), what they tell about the
 * files they use, and one controller for each.
 */
@Configuration(proxyBeanMethods = false)
@Import({ MenuController.class, HomeController.class, TownHallController.class, ThemeController.class,
		CouncilController.class })
public class SettingsConfiguration {

	@Bean
	MenuSettings websiteMenu(SiteDocuments documents, PageStore pages, WebsiteChanges changes) {
		return new MenuSettings(documents, pages, changes);
	}

	@Bean
	HomeSettings websiteHome(SiteDocuments documents, PageStore pages, WebsiteChanges changes) {
		return new HomeSettings(documents, pages, changes);
	}

	@Bean
	TownHallSettings websiteTownHall(SiteDocuments documents, WebsiteChanges changes) {
		return new TownHallSettings(documents, changes);
	}

	@Bean
	ThemeSettings websiteTheme(SiteDocuments documents, SiteFiles files, WebsiteChanges changes) {
		return new ThemeSettings(documents, files, changes);
	}

	@Bean
	CouncilSettings websiteCouncil(SiteDocuments documents, SiteFiles files, WebsiteChanges changes) {
		return new CouncilSettings(documents, files, changes);
	}

	@Bean
	SettingsReferences websiteSettingsReferences(ThemeSettings theme, CouncilSettings council, MenuSettings menu,
			HomeSettings home) {
		return new SettingsReferences(theme, council, menu, home);
	}

}
