package fr.clocher.kernel.test.host;

import fr.clocher.kernel.site.SiteAddresses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/**
 * The service a module's tests run its backend in: no code of its own but a commune's
 * site address; the kernels (tenancy, modules, problems, audit, site) and the API's
 * security chain come from their auto-configurations, the module under test from its own,
 * as in tenant-service.
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

}
