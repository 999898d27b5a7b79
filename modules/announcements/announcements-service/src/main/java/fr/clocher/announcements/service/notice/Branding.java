package fr.clocher.announcements.service.notice;

import java.util.Base64;
import java.util.Optional;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteChrome;
import fr.clocher.kernel.site.SiteChromeSource;
import fr.clocher.kernel.site.SiteFile;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The current tenant's name and logo as its public site shows them, through the kernel's
 * site interfaces only: the frame's chrome names the logo's site path, the module that
 * serves that path gives its bytes.
 */
class Branding {

	private final TenantDirectory directory;

	private final SiteAddresses addresses;

	private final ObjectProvider<SiteChromeSource> chromes;

	private final ObjectProvider<SitePages> pages;

	private final ModuleActivations activations;

	Branding(TenantDirectory directory, SiteAddresses addresses, ObjectProvider<SiteChromeSource> chromes,
			ObjectProvider<SitePages> pages, ModuleActivations activations) {
		this.directory = directory;
		this.addresses = addresses;
		this.chromes = chromes;
		this.pages = pages;
		this.activations = activations;
	}

	Brand current() {
		TenantRef tenant = this.directory.byId(TenantContext.require()).orElseThrow();
		SiteRequest home = this.addresses.request(tenant, "/");
		Optional<SiteChrome> chrome = this.chromes.orderedStream()
			.filter((source) -> this.activations.isEnabled(source.moduleKey()))
			.findFirst()
			.map((source) -> source.chrome(home));
		String name = chrome.map(SiteChrome::siteName).orElse(tenant.name());
		String logo = chrome.map(SiteChrome::logoPath).flatMap((path) -> file(home.at(path))).orElse(null);
		return new Brand(name, home.canonical("/"), logo);
	}

	/** A site file as a data address, when a PNG or JPEG image answers the path. */
	private Optional<String> file(SiteRequest request) {
		return this.pages.orderedStream()
			.filter((module) -> this.activations.isEnabled(module.moduleKey()))
			.map((module) -> module.find(request))
			.flatMap(Optional::stream)
			.filter(SiteFile.class::isInstance)
			.map(SiteFile.class::cast)
			.filter((file) -> file.contentType().startsWith("image/png") || file.contentType().startsWith("image/jpeg"))
			.findFirst()
			.map((file) -> "data:" + file.contentType() + ";base64,"
					+ Base64.getEncoder().encodeToString(file.content()));
	}

	/**
	 * @param name the tenant's name as its site shows it
	 * @param site its site's address
	 * @param logo its logo as a data address, or null
	 */
	record Brand(String name, String site, String logo) {

	}

}
