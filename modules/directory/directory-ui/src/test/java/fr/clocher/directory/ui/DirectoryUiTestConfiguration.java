package fr.clocher.directory.ui;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the directory's screens need from portal-ui, in memory: the feature clients and
 * the translations.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryUiTestConfiguration {

	@Bean
	InMemoryEntriesApi entriesApi() {
		return new InMemoryEntriesApi();
	}

	@Bean
	InMemoryCategoriesApi categoriesApi() {
		return new InMemoryCategoriesApi();
	}

	@Bean
	InMemorySubmissionsApi submissionsApi() {
		return new InMemorySubmissionsApi();
	}

	@Bean
	I18NProvider translations() {
		return new TestTranslations();
	}

}
