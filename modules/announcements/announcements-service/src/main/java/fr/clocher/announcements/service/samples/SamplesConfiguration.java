package fr.clocher.announcements.service.samples;

import fr.clocher.announcements.service.content.AnnouncementService;
import fr.clocher.announcements.service.images.Images;
import fr.clocher.kernel.module.ModuleActivations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's sample pages, for the public site's accessibility check.
 */
@Configuration(proxyBeanMethods = false)
public class SamplesConfiguration {

	@Bean
	AnnouncementsSamples announcementsSamples(ModuleActivations activations, AnnouncementService announcements,
			Images images) {
		return new AnnouncementsSamples(activations, announcements, images);
	}

}
