package fr.clocher.directory.ui;

import fr.clocher.directory.api.CategoriesApi;
import fr.clocher.directory.api.EntriesApi;
import fr.clocher.directory.api.SubmissionsApi;
import fr.clocher.kernel.ui.ModuleUi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * Installs the directory in portal-ui: its workspace entries and card, and one API client
 * per feature of its contract in the tenant-service group.
 */
@AutoConfiguration
@ImportHttpServices(group = ModuleUi.TENANT_SERVICE,
		types = { EntriesApi.class, CategoriesApi.class, SubmissionsApi.class })
public class DirectoryUiAutoConfiguration {

	@Bean
	ModuleUi directoryModuleUi(EntriesApi entries, SubmissionsApi submissions) {
		return new DirectoryModuleUi(entries, submissions);
	}

}
