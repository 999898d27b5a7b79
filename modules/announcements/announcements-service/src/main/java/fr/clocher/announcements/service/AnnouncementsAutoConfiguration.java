package fr.clocher.announcements.service;

import fr.clocher.announcements.service.alerts.AlertsConfiguration;
import fr.clocher.announcements.service.audience.AudienceConfiguration;
import fr.clocher.announcements.service.content.ContentConfiguration;
import fr.clocher.announcements.service.events.EventsConfiguration;
import fr.clocher.announcements.service.images.ImagesConfiguration;
import fr.clocher.announcements.service.intercommunal.IntercommunalConfiguration;
import fr.clocher.announcements.service.news.NewsConfiguration;
import fr.clocher.announcements.service.notice.NoticeConfiguration;
import fr.clocher.announcements.service.preview.PreviewConfiguration;
import fr.clocher.announcements.service.samples.SamplesConfiguration;
import fr.clocher.announcements.service.schedule.ScheduleConfiguration;
import fr.clocher.announcements.service.site.SiteConfiguration;
import fr.clocher.announcements.service.subscriptions.SubscriptionsConfiguration;
import fr.clocher.kernel.audit.AuditAutoConfiguration;
import fr.clocher.kernel.module.ModuleKernelAutoConfiguration;
import fr.clocher.kernel.site.SiteAutoConfiguration;
import fr.clocher.kernel.site.SiteStyleFragment;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Installs the announcements module: listed in this jar's
 * {@code META-INF/spring/...AutoConfiguration.imports}, named by no kernel file. Each
 * feature brings its own configuration.
 */
@AutoConfiguration(
		after = { ModuleKernelAutoConfiguration.class, AuditAutoConfiguration.class, SiteAutoConfiguration.class })
@EnableConfigurationProperties(AnnouncementsProperties.class)
@Import({ ContentConfiguration.class, ImagesConfiguration.class, NewsConfiguration.class, EventsConfiguration.class,
		AlertsConfiguration.class, ScheduleConfiguration.class, SiteConfiguration.class, SamplesConfiguration.class,
		IntercommunalConfiguration.class, NoticeConfiguration.class, SubscriptionsConfiguration.class,
		AudienceConfiguration.class, PreviewConfiguration.class })
public class AnnouncementsAutoConfiguration {

	@Bean
	AnnouncementsModule announcementsModule() {
		return new AnnouncementsModule();
	}

	@Bean
	SiteStyleFragment announcementsStyle() {
		return SiteStyleFragment.of(AnnouncementsModule.KEY);
	}

}
