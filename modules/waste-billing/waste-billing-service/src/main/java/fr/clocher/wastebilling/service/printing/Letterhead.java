package fr.clocher.wastebilling.service.printing;

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
 * Who issues the invoices, as the header prints it: the current tenant's name, and its
 * logo when its public site has one (found through the kernel's site interfaces only; a
 * PNG or JPEG, else no logo).
 */
class Letterhead {

	private final TenantDirectory directory;

	private final SiteAddresses addresses;

	private final ObjectProvider<SiteChromeSource> chromes;

	private final ObjectProvider<SitePages> pages;

	private final ModuleActivations activations;

	Letterhead(TenantDirectory directory, SiteAddresses addresses, ObjectProvider<SiteChromeSource> chromes,
			ObjectProvider<SitePages> pages, ModuleActivations activations) {
		this.directory = directory;
		this.addresses = addresses;
		this.chromes = chromes;
		this.pages = pages;
		this.activations = activations;
	}

	/** The current tenant's header. */
	Issuer current() {
		TenantRef tenant = this.directory.byId(TenantContext.require()).orElseThrow();
		SiteRequest home = this.addresses.request(tenant, "/");
		String logo = this.chromes.orderedStream()
			.filter((source) -> this.activations.isEnabled(source.moduleKey()))
			.findFirst()
			.map((source) -> source.chrome(home))
			.map(SiteChrome::logoPath)
			.flatMap((path) -> image(home.at(path)))
			.orElse(null);
		return new Issuer(tenant.name(), logo);
	}

	private Optional<String> image(SiteRequest request) {
		return this.pages.orderedStream()
			.filter((module) -> this.activations.isEnabled(module.moduleKey()))
			.flatMap((module) -> module.find(request).stream())
			.filter(SiteFile.class::isInstance)
			.map(SiteFile.class::cast)
			.filter((file) -> file.contentType().startsWith("image/png") || file.contentType().startsWith("image/jpeg"))
			.findFirst()
			.map((file) -> "data:" + file.contentType() + ";base64,"
					+ Base64.getEncoder().encodeToString(file.content()));
	}

	/**
	 * @param name the tenant's name (the collectivity that issues)
	 * @param logo its logo as a data address, or null
	 */
	record Issuer(String name, String logo) {

	}

}
