package fr.clocher.website.service.publicsite;

import java.time.Clock;

import fr.clocher.kernel.site.SiteSlots;
import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.website.service.content.PageStore;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.generated.GeneratedPages;
import fr.clocher.website.service.settings.CouncilSettings;
import fr.clocher.website.service.settings.HomeSettings;
import fr.clocher.website.service.settings.MenuSettings;
import fr.clocher.website.service.settings.ThemeSettings;
import fr.clocher.website.service.support.SiteDocuments;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the module gives the kernel's public site: its pages and its part of the frame.
 */
@Configuration(proxyBeanMethods = false)
public class PublicSiteConfiguration {

	@Bean
	WebsiteChrome websiteChrome(ThemeSettings theme, MenuSettings menu, CouncilSettings council, PageStore pages,
			GeneratedPages generated) {
		return new WebsiteChrome(theme, menu, council, pages, generated);
	}

	@Bean
	WebsitePublicPages websitePublicPages(PageStore pages, HomeSettings home, ThemeSettings theme,
			CouncilSettings council, GeneratedPages generated, SiteFiles files, SiteDocuments documents,
			SiteSlots slots, ObjectProvider<Clock> clock, SiteTemplates templates) {
		return new WebsitePublicPages(pages, home, theme, council, generated, files, documents, slots,
				clock.getIfAvailable(Clock::systemUTC), templates);
	}

}
