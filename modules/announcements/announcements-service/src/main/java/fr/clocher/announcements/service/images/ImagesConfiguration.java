package fr.clocher.announcements.service.images;

import java.time.Clock;

import fr.clocher.announcements.service.AnnouncementsProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Images of news items: their store, their checks, their controller.
 */
@Configuration(proxyBeanMethods = false)
@Import(ImagesController.class)
public class ImagesConfiguration {

	@Bean
	ImageStore announcementImageStore(JdbcClient jdbc) {
		return new ImageStore(jdbc);
	}

	@Bean
	Images announcementImages(ImageStore store, AnnouncementsProperties properties, ObjectProvider<Clock> clock) {
		return new Images(store, properties, clock.getIfAvailable(Clock::systemUTC));
	}

}
