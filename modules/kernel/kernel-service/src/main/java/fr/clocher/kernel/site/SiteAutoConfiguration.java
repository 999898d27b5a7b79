package fr.clocher.kernel.site;

import java.time.Clock;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.module.ModuleKernelAutoConfiguration;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kernel's part of the public site: site versions, what the modules give a site
 * (their pages, slots and chrome) and the site's templates.
 */
@AutoConfiguration(after = ModuleKernelAutoConfiguration.class)
public class SiteAutoConfiguration {

	@Bean
	SiteVersions siteVersions(JdbcClient jdbc, ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
		return new SiteVersions(jdbc, clock.getIfAvailable(Clock::systemUTC), events);
	}

	@Bean
	MemberSiteVersions memberSiteVersions(ObjectProvider<TenantRelations> relations, ObjectProvider<TenantWork> work,
			SiteVersions versions) {
		return new MemberSiteVersions(relations, work.getObject(), versions);
	}

	@Bean
	SiteSlots siteSlots(ObjectProvider<SiteSlot> slots, ModuleActivations activations) {
		return new SiteSlots(slots.orderedStream().toList(), activations);
	}

	@Bean
	SiteModules siteModules(ObjectProvider<SitePages> pages, ObjectProvider<SiteChromeSource> chromes,
			ObjectProvider<SiteHeadLinks> headLinks, ModuleActivations activations,
			ObjectProvider<TenantRelations> relations, ObjectProvider<TenantWork> work) {
		return new SiteModules(pages, chromes, headLinks, activations, relations, work.getIfAvailable());
	}

	@Bean
	SiteTemplates siteTemplates() {
		return new SiteTemplates();
	}

}
