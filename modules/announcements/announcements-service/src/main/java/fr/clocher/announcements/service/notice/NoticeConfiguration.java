package fr.clocher.announcements.service.notice;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.kernel.tenancy.TenantDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The A4 notices: their rendering, the commune's name and logo, their controller.
 */
@Configuration(proxyBeanMethods = false)
@Import(NoticeController.class)
public class NoticeConfiguration {

	@Bean
	Notices announcementNotices(SiteTemplates templates) {
		return new Notices(templates);
	}

	@Bean
	Branding announcementBranding(TenantDirectory directory, SiteAddresses addresses, SiteModules site) {
		return new Branding(directory, addresses, site);
	}

}
