package fr.clocher.announcements.service.site;

import java.time.Clock;

import fr.clocher.announcements.service.AnnouncementsProperties;
import fr.clocher.announcements.service.content.AnnouncementStore;
import fr.clocher.announcements.service.content.Publishers;
import fr.clocher.announcements.service.images.ImageStore;
import fr.clocher.kernel.site.SiteSlot;
import fr.clocher.kernel.site.SiteTemplates;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the module gives the commune's public site: its pages and feeds, its home section,
 * its alert band.
 */
@Configuration(proxyBeanMethods = false)
public class SiteConfiguration {

	@Bean
	PublicAnnouncements publicAnnouncements(AnnouncementStore store, Publishers publishers,
			ObjectProvider<Clock> clock) {
		return new PublicAnnouncements(store, publishers, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	Views announcementViews(SiteTemplates templates) {
		return new Views(templates);
	}

	@Bean
	AnnouncementPages announcementPages(PublicAnnouncements announcements, ImageStore images, Views views,
			AnnouncementsProperties properties, ObjectProvider<Clock> clock) {
		Feeds feeds = new Feeds(announcements, new RssFeeds(), new Calendars(clock.getIfAvailable(Clock::systemUTC)));
		return new AnnouncementPages(announcements, images, feeds, views, properties);
	}

	@Bean
	SiteSlot announcementsHomeSlot(PublicAnnouncements announcements, Views views) {
		return AnnouncementSlot.home(announcements, views);
	}

	@Bean
	FeedLinks announcementsFeedLinks() {
		return new FeedLinks();
	}

	@Bean
	SiteSlot announcementsAlertBand(PublicAnnouncements announcements, Views views) {
		return AnnouncementSlot.alerts(announcements, views);
	}

}
