package fr.clocher.directory.service.entries;

import java.time.Clock;

import fr.clocher.directory.service.DirectoryProperties;
import fr.clocher.directory.service.categories.CategoryStore;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.site.SiteVersions;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Entries: their store, checks, search, service and controller.
 */
@Configuration(proxyBeanMethods = false)
@Import(EntriesController.class)
public class EntriesConfiguration {

	@Bean
	EntryStore directoryEntryStore(JdbcClient jdbc, ObjectMapper json) {
		return new EntryStore(jdbc, json);
	}

	@Bean
	Search directorySearch(JdbcClient jdbc, EntryStore store, DirectoryProperties properties) {
		return new Search(jdbc, store, properties.typoSimilarity());
	}

	@Bean
	Drafts directoryDrafts(CategoryStore categories, ObjectProvider<TenantRelations> relations) {
		return new Drafts(categories, relations);
	}

	@Bean
	Entries directoryEntries(EntryStore store, Drafts drafts, Search search, ChangeLog log, SiteVersions versions,
			DirectoryProperties properties, ObjectProvider<Clock> clock) {
		return new Entries(store, drafts, search, log, versions, clock.getIfAvailable(Clock::systemUTC),
				properties.maxPhotoSize().toBytes());
	}

}
