package fr.clocher.announcements.service.audience;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and mail per announcement: the read beacon on the public site, the secretary's
 * audience endpoints.
 */
@Configuration(proxyBeanMethods = false)
@Import(AudienceController.class)
public class AudienceConfiguration {

	@Bean
	ReadCounts announcementReadCounts(JdbcClient jdbc) {
		return new ReadCounts(jdbc);
	}

	@Bean
	ReadBeaconMapping announcementReadBeacon(ReadCounts counts, ObjectProvider<Clock> clock) {
		return new ReadBeaconMapping(new ReadBeacon(counts, clock.getIfAvailable(Clock::systemUTC)));
	}

}
