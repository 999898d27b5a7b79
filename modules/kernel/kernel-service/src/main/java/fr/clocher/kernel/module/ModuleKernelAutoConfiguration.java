package fr.clocher.kernel.module;

import java.util.List;

import fr.clocher.kernel.audit.AuditAutoConfiguration;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.tenancy.TenancyAutoConfiguration;
import fr.clocher.kernel.tenancy.TenantDirectory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the module kernel: the catalog of installed modules, their migrations, their
 * activation per tenant and the guard.
 */
@AutoConfiguration(after = { TenancyAutoConfiguration.class, AuditAutoConfiguration.class })
public class ModuleKernelAutoConfiguration {

	@Bean
	ModuleCatalog moduleCatalog(List<ClocherModule> modules) {
		return new ModuleCatalog(modules);
	}

	@Bean
	ModuleMigrations moduleMigrations(ModuleCatalog catalog) {
		return new ModuleMigrations(catalog);
	}

	@Bean
	ModuleActivations moduleActivations(JdbcClient jdbc, ModuleCatalog catalog, TenantDirectory directory,
			ObjectMapper json, ApplicationEventPublisher events, ChangeLog changes) {
		return new ModuleActivations(jdbc, catalog, directory, json, events, changes);
	}

	@Bean
	WebMvcConfigurer moduleGuardRegistration(ModuleActivations activations) {
		ModuleGuard guard = new ModuleGuard(activations);
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(guard);
			}
		};
	}

}
