package fr.clocher.directory.service;

import fr.clocher.directory.service.categories.CategoriesConfiguration;
import fr.clocher.directory.service.entries.EntriesConfiguration;
import fr.clocher.directory.service.reminders.RemindersConfiguration;
import fr.clocher.directory.service.samples.SamplesConfiguration;
import fr.clocher.directory.service.site.SiteConfiguration;
import fr.clocher.directory.service.submissions.SubmissionsConfiguration;
import fr.clocher.kernel.audit.AuditAutoConfiguration;
import fr.clocher.kernel.module.ModuleKernelAutoConfiguration;
import fr.clocher.kernel.site.SiteAutoConfiguration;
import fr.clocher.kernel.site.SiteStyleFragment;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Installs the directory module: listed in this jar's
 * {@code META-INF/spring/...AutoConfiguration.imports}, named by no kernel file. Each
 * feature brings its own configuration.
 */
@AutoConfiguration(
		after = { ModuleKernelAutoConfiguration.class, AuditAutoConfiguration.class, SiteAutoConfiguration.class })
@EnableConfigurationProperties(DirectoryProperties.class)
@Import({ CategoriesConfiguration.class, EntriesConfiguration.class, SiteConfiguration.class,
		SamplesConfiguration.class, SubmissionsConfiguration.class, RemindersConfiguration.class })
public class DirectoryAutoConfiguration {

	@Bean
	DirectoryModule directoryModule() {
		return new DirectoryModule();
	}

	@Bean
	SiteStyleFragment directoryStyle() {
		return SiteStyleFragment.of(DirectoryModule.KEY);
	}

}
