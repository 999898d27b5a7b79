package fr.clocher.announcements.ui;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the announcements screens need from portal-ui, in memory: the feature clients and
 * the translations.
 */
@Configuration(proxyBeanMethods = false)
class AnnouncementsUiTestConfiguration {

	@Bean
	InMemoryNewsApi newsApi() {
		return new InMemoryNewsApi();
	}

	@Bean
	InMemoryEventsApi eventsApi() {
		return new InMemoryEventsApi();
	}

	@Bean
	InMemoryAlertsApi alertsApi() {
		return new InMemoryAlertsApi();
	}

	@Bean
	InMemoryImagesApi imagesApi() {
		return new InMemoryImagesApi();
	}

	@Bean
	InMemoryIntercommunalApi intercommunalApi() {
		return new InMemoryIntercommunalApi();
	}

	@Bean
	InMemoryAudienceApi audienceApi() {
		return new InMemoryAudienceApi();
	}

	@Bean
	I18NProvider translations() {
		return new TestTranslations();
	}

}
