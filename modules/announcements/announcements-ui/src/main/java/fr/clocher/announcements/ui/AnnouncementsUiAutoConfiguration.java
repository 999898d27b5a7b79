package fr.clocher.announcements.ui;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.service.registry.ImportHttpServices;

import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.api.AudienceApi;
import fr.clocher.announcements.api.EventsApi;
import fr.clocher.announcements.api.ImagesApi;
import fr.clocher.announcements.api.IntercommunalApi;
import fr.clocher.announcements.api.NewsApi;
import fr.clocher.announcements.api.PreviewApi;
import fr.clocher.announcements.api.SubscriptionsApi;
import fr.clocher.kernel.ui.ModuleUi;

/**
 * Installs the announcements module in portal-ui: its workspace entries and card, and one
 * API client per feature of its contract in the tenant-service group (portal-ui gives
 * that group its base URL, the user's token and language). Each screen asks for the
 * clients of the features it shows.
 */
@AutoConfiguration
@ImportHttpServices(group = ModuleUi.TENANT_SERVICE, types = { NewsApi.class, EventsApi.class, AlertsApi.class,
		ImagesApi.class, IntercommunalApi.class, AudienceApi.class, SubscriptionsApi.class, PreviewApi.class })
public class AnnouncementsUiAutoConfiguration {

	@Bean
	ModuleUi announcementsModuleUi(AlertsApi alerts, SubscriptionsApi subscriptions) {
		return new AnnouncementsModuleUi(alerts, subscriptions, Clock.systemUTC());
	}

}
