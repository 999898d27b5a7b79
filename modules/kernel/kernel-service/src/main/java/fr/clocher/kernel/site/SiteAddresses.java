package fr.clocher.kernel.site;

import fr.clocher.kernel.tenancy.TenantRef;

/**
 * Where a commune's site lives, for addresses written outside a request to the site (API
 * answers, previews, e-mails); tenant-service provides it from its configuration.
 */
public interface SiteAddresses {

	/** The site on the commune's host, without a trailing slash. */
	String canonicalBase(TenantRef tenant);

	/**
	 * A request for a site path as if made on the commune's host, outside any request.
	 */
	default SiteRequest request(TenantRef tenant, String sitePath) {
		return new SiteRequest(tenant, sitePath, "", canonicalBase(tenant), null);
	}

}
