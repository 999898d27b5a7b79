package fr.clocher.website.service.files;

import java.time.Clock;

import fr.clocher.website.service.WebsiteProperties;
import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The commune's images and documents, within the limits the module's properties set, and
 * their controller.
 */
@Configuration(proxyBeanMethods = false)
@Import(FilesController.class)
public class FilesConfiguration {

	@Bean
	SiteFiles websiteFiles(JdbcClient jdbc, WebsiteChanges changes, WebsiteProperties properties,
			ObjectProvider<FileUsage> usages, ObjectProvider<Clock> clock) {
		FileLimits limits = new FileLimits(properties.maxImageSize().toBytes(),
				properties.maxAttachmentSize().toBytes(), properties.maxImagePixels(), properties.imageWidth(),
				properties.smallImageWidth());
		return new SiteFiles(jdbc, changes, limits, usages, clock.getIfAvailable(Clock::systemUTC));
	}

}
