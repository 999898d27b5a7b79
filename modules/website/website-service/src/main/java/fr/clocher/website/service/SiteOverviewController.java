package fr.clocher.website.service;

import java.util.List;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteVersion;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.website.api.SiteOverview;
import fr.clocher.website.api.SiteOverviewApi;
import fr.clocher.website.api.SitePath;
import fr.clocher.website.api.Website;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.generated.GeneratedPages;
import fr.clocher.website.service.support.SiteUrls;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site at a glance: what the other features' screens link to, from every module that
 * adds pages and is on.
 */
@RestController
@ModuleEndpoint(Website.KEY)
class SiteOverviewController implements SiteOverviewApi {

	private final SiteUrls site;

	private final SiteVersions versions;

	private final SiteModules modules;

	private final GeneratedPages generated;

	private final SiteFiles files;

	SiteOverviewController(SiteUrls site, SiteVersions versions, SiteModules modules, GeneratedPages generated,
			SiteFiles files) {
		this.site = site;
		this.versions = versions;
		this.modules = modules;
		this.generated = generated;
		this.files = files;
	}

	@Override
	@Transactional(readOnly = true)
	public SiteOverview overview(String tenant) {
		TenantRef ref = this.site.tenant();
		SiteVersion version = this.versions.current();
		SiteRequest request = this.site.request("/");
		List<SitePath> paths = this.modules.linkable(request)
			.stream()
			.map((link) -> new SitePath(link.label(), link.href()))
			.toList();
		return new SiteOverview(this.site.url("/"), ref.active(), version.version(), version.changedAt(),
				this.generated.host(), this.files.limits(), paths);
	}

}
