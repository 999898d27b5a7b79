package fr.clocher.announcements.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.host.ModuleTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A test of the announcements on the module test host: the time is a {@link MutableClock}
 * the test moves, the publication sweep runs when the test calls it (never on its own),
 * the groups of a commune are read from the platform tables as tenant-service's registry
 * reads them, and {@link Communes} makes tenants and acts as their secretaries and
 * residents.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ModuleTest(properties = { "clocher.announcements.sweep.enabled=false", "clocher.announcements.max-image-size=64KB" })
@Import(AnnouncementsTest.Host.class)
public @interface AnnouncementsTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Host {

		@Bean
		MutableClock clock() {
			return new MutableClock();
		}

		@Bean
		Communes communes(MockMvc mvc, JdbcClient jdbc, TenantWork work, ModuleActivations activations,
				SiteVersions versions) {
			return new Communes(mvc, jdbc, work, activations, versions);
		}

	}

}
