package fr.clocher.announcements.service.intercommunal;

import java.time.Clock;

import fr.clocher.announcements.service.content.AnnouncementStore;
import fr.clocher.announcements.service.content.Publishers;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.site.SiteVersions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The groups' announcements on a member commune's site: the list, hiding one locally.
 */
@Configuration(proxyBeanMethods = false)
@Import(IntercommunalController.class)
public class IntercommunalConfiguration {

	@Bean
	LocalHiding announcementsLocalHiding(AnnouncementStore store, Publishers publishers, ChangeLog log,
			SiteVersions versions, ObjectProvider<Clock> clock) {
		return new LocalHiding(store, publishers, log, versions, clock.getIfAvailable(Clock::systemUTC));
	}

}
