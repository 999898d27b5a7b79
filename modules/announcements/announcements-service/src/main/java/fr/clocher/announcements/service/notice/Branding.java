package fr.clocher.announcements.service.notice;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;

/**
 * The current tenant's name and logo as its public site shows them, through the kernel's
 * site interfaces only: the frame's chrome names the logo's site path, the module that
 * serves that path gives its bytes.
 */
class Branding {

	private final TenantDirectory directory;

	private final SiteAddresses addresses;

	private final SiteModules site;

	Branding(TenantDirectory directory, SiteAddresses addresses, SiteModules site) {
		this.directory = directory;
		this.addresses = addresses;
		this.site = site;
	}

	Brand current() {
		TenantRef tenant = this.directory.byId(TenantContext.require()).orElseThrow();
		SiteRequest home = this.addresses.request(tenant, "/");
		return new Brand(this.site.chrome(home).siteName(), home.canonical("/"), this.site.logo(home).orElse(null));
	}

	/**
	 * @param name the tenant's name as its site shows it
	 * @param site its site's address
	 * @param logo its logo as a data address, or null
	 */
	record Brand(String name, String site, String logo) {

	}

}
