package fr.clocher.wastebilling.service.printing;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;

/**
 * Who issues the invoices, as the header prints it: the current tenant's name, and its
 * logo when its public site has one (found through the kernel's site interfaces only; a
 * PNG or JPEG, else no logo).
 */
class Letterhead {

	private final TenantDirectory directory;

	private final SiteAddresses addresses;

	private final SiteModules site;

	Letterhead(TenantDirectory directory, SiteAddresses addresses, SiteModules site) {
		this.directory = directory;
		this.addresses = addresses;
		this.site = site;
	}

	/** The current tenant's header. */
	Issuer current() {
		TenantRef tenant = this.directory.byId(TenantContext.require()).orElseThrow();
		return new Issuer(tenant.name(), this.site.logo(this.addresses.request(tenant, "/")).orElse(null));
	}

	/**
	 * @param name the tenant's name (the collectivity that issues)
	 * @param logo its logo as a data address, or null
	 */
	record Issuer(String name, String logo) {

	}

}
