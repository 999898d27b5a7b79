package fr.clocher.directory.service.categories;

import java.time.Clock;

import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.site.SiteVersions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Categories: their store, the defaults a tenant starts with, their controller.
 */
@Configuration(proxyBeanMethods = false)
@Import(CategoriesController.class)
public class CategoriesConfiguration {

	@Bean
	CategoryStore directoryCategoryStore(JdbcClient jdbc) {
		return new CategoryStore(jdbc);
	}

	@Bean
	Categories directoryCategories(CategoryStore store, ChangeLog log, SiteVersions versions,
			ObjectProvider<Clock> clock) {
		return new Categories(store, log, versions, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	DefaultCategories directoryDefaultCategories(CategoryStore store, ObjectProvider<Clock> clock) {
		return new DefaultCategories(store, clock.getIfAvailable(Clock::systemUTC));
	}

}
