package fr.clocher.directory.service.site;

import fr.clocher.directory.service.DirectoryProperties;
import fr.clocher.directory.service.categories.CategoryStore;
import fr.clocher.directory.service.entries.EntryStore;
import fr.clocher.directory.service.entries.Search;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteRenderer;
import fr.clocher.kernel.site.SiteTemplates;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the module gives the commune's public site: its pages, sitemap entries and open
 * data.
 */
@Configuration(proxyBeanMethods = false)
public class SiteConfiguration {

	@Bean
	SiteAnswers directorySiteAnswers(SiteAddresses addresses, ObjectProvider<SiteRenderer> renderer,
			PlatformTransactionManager transactions, SiteTemplates templates) {
		return new SiteAnswers(addresses, renderer, transactions, templates);
	}

	@Bean
	DirectoryPages directoryPages(EntryStore entries, CategoryStore categories, Search search,
			ObjectProvider<TenantRelations> relations, SiteTemplates templates, ObjectMapper json,
			DirectoryProperties properties) {
		return new DirectoryPages(entries, categories, search, new Readers(relations), new Views(templates), json,
				properties.searchResults());
	}

}
