package fr.clocher.kernel.test.host;

import java.util.Set;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.PlatformHosts;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service a module's tests run its backend in: no code of its own but a commune's
 * site address, the platform's hosts and the tenant relations its tables hold; the
 * kernels (tenancy, modules, problems, audit, site) and the API's security chain come
 * from their auto-configurations, the module under test from its own, as in
 * tenant-service.
 */
@SpringBootApplication
@PropertySource("classpath:fr/clocher/kernel/test/host/module-test-host.properties")
public class ModuleTestHost {

	/**
	 * A commune's site on its platform host, as tenant-service's default configuration.
	 */
	@Bean
	SiteAddresses siteAddresses(@Value("${clocher.workspace.site-url}") String siteUrl) {
		return (tenant) -> siteUrl.replace("{slug}", tenant.slug()).replaceAll("/$", "");
	}

	/**
	 * The platform's own hosts, as tenant-service's default configuration: there, and
	 * only there, {@code /c/<slug>/} names a commune's site ({@code MockMvc}'s requests
	 * go to {@code localhost} unless they name a host).
	 */
	@Bean
	PlatformHosts platformHosts() {
		Set<String> hosts = Set.of("localhost", "127.0.0.1");
		return hosts::contains;
	}

	@Bean
	ModuleSwitch moduleSwitch(TenantDirectory directory, TenantWork work, ModuleActivations activations) {
		return new ModuleSwitch(directory, work, activations);
	}

	@Bean
	TenantRelations tenantRelations(JdbcClient jdbc) {
		return new MembershipRelations(jdbc);
	}

}
