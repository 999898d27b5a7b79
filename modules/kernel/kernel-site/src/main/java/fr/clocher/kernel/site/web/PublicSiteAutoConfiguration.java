package fr.clocher.kernel.site.web;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteAutoConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The public commune sites, wherever the kernel serves them: tenant-service in
 * production, a module's test host in its tests. Listed before Spring Boot's error pages
 * so that {@link SiteErrors} replaces its white label page.
 */
@AutoConfiguration(after = SiteAutoConfiguration.class,
		beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SiteProperties.class)
@Import({ FrameRenderer.class, SiteStyle.class, SitePageCache.class, SiteRelease.class, SiteValidators.class,
		SiteIndex.class, SiteDispatcher.class, SiteHandlerMapping.class, SiteErrors.class, SiteWarmUp.class })
public class PublicSiteAutoConfiguration {

	/**
	 * A commune's site on its host under the platform's domain
	 * ({@code clocher.platform.domain}), when the service names no other address.
	 */
	@Bean
	@ConditionalOnMissingBean
	SiteAddresses siteAddresses(@Value("${clocher.platform.domain:clocher.localhost}") String domain) {
		return (tenant) -> "https://" + tenant.slug() + "." + domain;
	}

}
