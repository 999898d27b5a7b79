package fr.clocher.website.ui;

import com.vaadin.flow.i18n.I18NProvider;

import fr.clocher.website.api.FilesApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the website screens need from portal-ui, in memory: the feature clients and the
 * translations.
 */
@Configuration(proxyBeanMethods = false)
class WebsiteUiTestConfiguration {

	@Bean
	InMemoryPagesApi pagesApi() {
		return new InMemoryPagesApi();
	}

	@Bean
	InMemoryTownHallApi townHallApi() {
		return new InMemoryTownHallApi();
	}

	@Bean
	InMemoryThemeApi themeApi() {
		return new InMemoryThemeApi();
	}

	@Bean
	InMemoryMenuApi menuApi() {
		return new InMemoryMenuApi();
	}

	@Bean
	InMemoryCouncilApi councilApi() {
		return new InMemoryCouncilApi();
	}

	@Bean
	InMemoryGeneratedPagesApi generatedPagesApi() {
		return new InMemoryGeneratedPagesApi();
	}

	@Bean
	FilesApi filesApi() {
		return new NoFilesApi();
	}

	@Bean
	I18NProvider translations() {
		return new TestTranslations();
	}

}
