package fr.clocher.announcements.service.content;

import java.time.Clock;

import fr.clocher.announcements.service.images.Images;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every feature shares: the announcements' store, their checks, their publication,
 * who publishes for a site and the member sites of a group.
 */
@Configuration(proxyBeanMethods = false)
public class ContentConfiguration {

	@Bean
	DueWork announcementsDueWork(JdbcClient jdbc) {
		return new DueWork(jdbc);
	}

	@Bean
	AnnouncementStore announcementStore(JdbcClient jdbc, DueWork due) {
		return new AnnouncementStore(jdbc, due);
	}

	@Bean
	AnnouncementService announcementService(AnnouncementStore store, Images images, ChangeLog log,
			SiteVersions versions, DueWork due, ObjectProvider<Clock> clock) {
		Clock now = clock.getIfAvailable(Clock::systemUTC);
		return new AnnouncementService(store, new Drafts(now, images::exists), log, versions, due, now);
	}

	@Bean
	Publishers announcementPublishers(ObjectProvider<TenantRelations> relations) {
		return new Publishers(relations);
	}

	@Bean
	MemberSites announcementMemberSites(Publishers publishers, TenantWork work, SiteVersions versions,
			AnnouncementStore store, ObjectProvider<Clock> clock) {
		return new MemberSites(publishers, work, versions, store, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PublisherSwitch announcementsPublisherSwitch(AnnouncementStore store, MemberSites members) {
		return new PublisherSwitch(store, members);
	}

}
