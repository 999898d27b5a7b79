package fr.clocher.website.service.generated;

import fr.clocher.website.api.HostingProvider;
import fr.clocher.website.service.WebsiteProperties;
import fr.clocher.website.service.settings.CouncilSettings;
import fr.clocher.website.service.settings.TownHallSettings;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.WebsiteChanges;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generated pages, written from the commune's data and the platform's host, and their
 * controller.
 */
@Configuration(proxyBeanMethods = false)
@Import(GeneratedPagesController.class)
public class GeneratedPagesConfiguration {

	@Bean
	GeneratedPages websiteGeneratedPages(SiteDocuments documents, TownHallSettings townHall, CouncilSettings council,
			JdbcClient jdbc, WebsiteProperties properties, ObjectMapper json, WebsiteChanges changes) {
		HostingProvider host = new HostingProvider(properties.host().name(), properties.host().address(),
				properties.host().contact());
		return new GeneratedPages(documents, townHall, council, jdbc, host, json, changes);
	}

}
