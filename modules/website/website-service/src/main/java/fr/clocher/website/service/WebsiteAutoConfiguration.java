package fr.clocher.website.service;

import java.time.Clock;

import fr.clocher.kernel.audit.AuditAutoConfiguration;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.module.ModuleKernelAutoConfiguration;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteAutoConfiguration;
import fr.clocher.kernel.site.SiteStyleFragment;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.website.service.content.ContentConfiguration;
import fr.clocher.website.service.files.FilesConfiguration;
import fr.clocher.website.service.generated.GeneratedPagesConfiguration;
import fr.clocher.website.service.publicsite.PublicSiteConfiguration;
import fr.clocher.website.service.samples.SamplesConfiguration;
import fr.clocher.website.service.settings.SettingsConfiguration;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.SiteUrls;
import fr.clocher.website.service.support.WebsiteChanges;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Installs the website module: listed in this jar's
 * {@code META-INF/spring/...AutoConfiguration.imports}, named by no kernel file. Each
 * feature brings its own configuration (its beans and its controller); this one adds what
 * they share and the site's overview.
 */
@AutoConfiguration(
		after = { ModuleKernelAutoConfiguration.class, AuditAutoConfiguration.class, SiteAutoConfiguration.class })
@EnableConfigurationProperties(WebsiteProperties.class)
@Import({ ContentConfiguration.class, FilesConfiguration.class, SettingsConfiguration.class,
		GeneratedPagesConfiguration.class, PublicSiteConfiguration.class, SamplesConfiguration.class,
		SiteOverviewController.class })
public class WebsiteAutoConfiguration {

	@Bean
	WebsiteModule websiteModule() {
		return new WebsiteModule();
	}

	@Bean
	SiteStyleFragment websiteStyle() {
		return SiteStyleFragment.of(WebsiteModule.KEY);
	}

	@Bean
	WebsiteChanges websiteChanges(ChangeLog log, SiteVersions versions) {
		return new WebsiteChanges(log, versions);
	}

	@Bean
	SiteDocuments websiteDocuments(JdbcClient jdbc, ObjectMapper json, ObjectProvider<Clock> clock) {
		return new SiteDocuments(jdbc, json, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	SiteUrls websiteSiteUrls(TenantDirectory directory, SiteAddresses addresses) {
		return new SiteUrls(directory, addresses);
	}

}
