package fr.clocher.website.service;

import java.time.Clock;

import fr.clocher.kernel.audit.AuditAutoConfiguration;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.module.ModuleKernelAutoConfiguration;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteAutoConfiguration;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRenderer;
import fr.clocher.kernel.site.SiteSlots;
import fr.clocher.kernel.site.SiteStyleFragment;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.website.api.HostingProvider;
import fr.clocher.website.service.content.PageFileUsage;
import fr.clocher.website.service.content.PageStore;
import fr.clocher.website.service.content.Pages;
import fr.clocher.website.service.files.FileLimits;
import fr.clocher.website.service.files.FileUsage;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.generated.GeneratedPages;
import fr.clocher.website.service.publicsite.WebsiteChrome;
import fr.clocher.website.service.publicsite.WebsitePublicPages;
import fr.clocher.website.service.settings.CouncilSettings;
import fr.clocher.website.service.settings.HomeSettings;
import fr.clocher.website.service.settings.MenuSettings;
import fr.clocher.website.service.settings.SettingsReferences;
import fr.clocher.website.service.settings.ThemeSettings;
import fr.clocher.website.service.settings.TownHallSettings;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.WebsiteChanges;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Installs the website module: listed in this jar's
 * {@code META-INF/spring/...AutoConfiguration.imports}, named by no kernel file.
 */
@AutoConfiguration(
		after = { ModuleKernelAutoConfiguration.class, AuditAutoConfiguration.class, SiteAutoConfiguration.class })
@EnableConfigurationProperties(WebsiteProperties.class)
@Import(WebsiteController.class)
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
		return new SiteDocuments(jdbc, json, clock(clock));
	}

	@Bean
	PageStore websitePageStore(JdbcClient jdbc) {
		return new PageStore(jdbc);
	}

	@Bean
	Pages websitePages(PageStore store, WebsiteChanges changes, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		return new Pages(store, changes, events, clock(clock));
	}

	@Bean
	PageFileUsage websitePageFileUsage(PageStore store) {
		return new PageFileUsage(store);
	}

	@Bean
	SiteFiles websiteFiles(JdbcClient jdbc, WebsiteChanges changes, WebsiteProperties properties,
			ObjectProvider<FileUsage> usages, ObjectProvider<Clock> clock) {
		FileLimits limits = new FileLimits(properties.maxImageSize().toBytes(),
				properties.maxAttachmentSize().toBytes(), properties.maxImagePixels(), properties.imageWidth(),
				properties.smallImageWidth());
		return new SiteFiles(jdbc, changes, limits, usages, clock(clock));
	}

	@Bean
	MenuSettings websiteMenu(SiteDocuments documents, PageStore pages, WebsiteChanges changes) {
		return new MenuSettings(documents, pages, changes);
	}

	@Bean
	HomeSettings websiteHome(SiteDocuments documents, PageStore pages, WebsiteChanges changes) {
		return new HomeSettings(documents, pages, changes);
	}

	@Bean
	TownHallSettings websiteTownHall(SiteDocuments documents, WebsiteChanges changes) {
		return new TownHallSettings(documents, changes);
	}

	@Bean
	ThemeSettings websiteTheme(SiteDocuments documents, SiteFiles files, WebsiteChanges changes) {
		return new ThemeSettings(documents, files, changes);
	}

	@Bean
	CouncilSettings websiteCouncil(SiteDocuments documents, SiteFiles files, WebsiteChanges changes) {
		return new CouncilSettings(documents, files, changes);
	}

	@Bean
	SettingsReferences websiteSettingsReferences(ThemeSettings theme, CouncilSettings council, MenuSettings menu,
			HomeSettings home) {
		return new SettingsReferences(theme, council, menu, home);
	}

	@Bean
	GeneratedPages websiteGeneratedPages(SiteDocuments documents, TownHallSettings townHall, CouncilSettings council,
			JdbcClient jdbc, WebsiteProperties properties, ObjectMapper json, WebsiteChanges changes) {
		HostingProvider host = new HostingProvider(properties.host().name(), properties.host().address(),
				properties.host().contact());
		return new GeneratedPages(documents, townHall, council, jdbc, host, json, changes);
	}

	@Bean
	WebsiteChrome websiteChrome(ThemeSettings theme, MenuSettings menu, CouncilSettings council, PageStore pages,
			GeneratedPages generated) {
		return new WebsiteChrome(theme, menu, council, pages, generated);
	}

	@Bean
	WebsitePublicPages websitePublicPages(PageStore pages, HomeSettings home, ThemeSettings theme,
			CouncilSettings council, GeneratedPages generated, SiteFiles files, SiteDocuments documents,
			SiteSlots slots, ObjectProvider<Clock> clock) {
		return new WebsitePublicPages(pages, home, theme, council, generated, files, documents, slots, clock(clock));
	}

	@Bean
	WebsiteController.Collaborators websiteSite(TenantDirectory directory, SiteAddresses addresses,
			SiteVersions versions, ObjectProvider<SiteRenderer> renderer, ObjectProvider<SitePages> sitePages,
			ModuleActivations activations) {
		return new WebsiteController.Collaborators(directory, addresses, versions, renderer, sitePages, activations);
	}

	private static Clock clock(ObjectProvider<Clock> clock) {
		return clock.getIfAvailable(Clock::systemUTC);
	}

}
