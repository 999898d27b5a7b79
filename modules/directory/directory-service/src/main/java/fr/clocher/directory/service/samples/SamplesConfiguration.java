package fr.clocher.directory.service.samples;

import fr.clocher.directory.service.categories.Categories;
import fr.clocher.directory.service.entries.Drafts;
import fr.clocher.directory.service.entries.Entries;
import fr.clocher.kernel.module.ModuleActivations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory's sample pages for the platform's accessibility check.
 */
@Configuration(proxyBeanMethods = false)
public class SamplesConfiguration {

	@Bean
	DirectorySamples directorySamples(ModuleActivations activations, Categories categories, Drafts drafts,
			Entries entries) {
		return new DirectorySamples(activations, categories, drafts, entries);
	}

}
