package fr.clocher.announcements.service.schedule;

import java.time.Clock;

import fr.clocher.announcements.service.content.AnnouncementStore;
import fr.clocher.announcements.service.content.DueWork;
import fr.clocher.announcements.service.content.MemberSites;
import fr.clocher.announcements.service.subscriptions.MailOutbox;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The publication sweep, and its schedule unless
 * {@code clocher.announcements.sweep.enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
public class ScheduleConfiguration {

	@Bean
	PublicationSweep announcementsSweep(DueWork due, TenantWork work, AnnouncementStore store, SiteVersions versions,
			MemberSites members, ObjectProvider<Clock> clock) {
		return new PublicationSweep(due, work, store, versions, members, clock.getIfAvailable(Clock::systemUTC));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "clocher.announcements.sweep", name = "enabled", havingValue = "true",
			matchIfMissing = true)
	@EnableScheduling
	static class Scheduled {

		@Bean
		SweepSchedule announcementsSweepSchedule(PublicationSweep sweep, MailOutbox outbox) {
			return new SweepSchedule(sweep, outbox);
		}

	}

}
