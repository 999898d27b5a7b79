package fr.clocher.website.service.samples;

import fr.clocher.website.service.content.Pages;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.generated.GeneratedPages;
import fr.clocher.website.service.settings.CouncilSettings;
import fr.clocher.website.service.settings.HomeSettings;
import fr.clocher.website.service.settings.MenuSettings;
import fr.clocher.website.service.settings.ThemeSettings;
import fr.clocher.website.service.settings.TownHallSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The website's sample pages, for the public site's accessibility check.
 */
@Configuration(proxyBeanMethods = false)
public class SamplesConfiguration {

	@Bean
	WebsiteSamples websiteSamples(SiteFiles files, Pages pages, ThemeSettings theme, TownHallSettings townHall,
			MenuSettings menu, HomeSettings home, CouncilSettings council, GeneratedPages generated) {
		return new WebsiteSamples(files, pages, theme, townHall, menu, home, council, generated);
	}

}
