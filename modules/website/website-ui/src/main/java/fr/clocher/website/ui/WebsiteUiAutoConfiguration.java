package fr.clocher.website.ui;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.service.registry.ImportHttpServices;

import fr.clocher.kernel.ui.ModuleUi;
import fr.clocher.website.api.WebsiteApi;

/**
 * Installs the website module in portal-ui: its workspace entries and card, and its API
 * client in the tenant-service group (portal-ui gives that group its base URL, the user's
 * token and language).
 */
@AutoConfiguration
@ImportHttpServices(group = ModuleUi.TENANT_SERVICE, types = WebsiteApi.class)
public class WebsiteUiAutoConfiguration {

	@Bean
	ModuleUi websiteModuleUi(WebsiteApi website) {
		return new WebsiteModuleUi(website);
	}

}
