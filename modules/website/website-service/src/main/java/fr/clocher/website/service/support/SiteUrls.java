package fr.clocher.website.service.support;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;

/**
 * The public site of the commune in the request, as the API's answers name it: the
 * commune itself, the canonical address of one of its paths, a request for a path (to
 * render a preview or list its pages).
 */
public class SiteUrls {

	private final TenantDirectory directory;

	private final SiteAddresses addresses;

	public SiteUrls(TenantDirectory directory, SiteAddresses addresses) {
		this.directory = directory;
		this.addresses = addresses;
	}

	/** The commune in the request. */
	public TenantRef tenant() {
		return this.directory.byId(TenantContext.require()).orElseThrow();
	}

	/**
	 * The canonical address of a site path.
	 * @param sitePath a path on the commune's site ({@code /pages/ecole})
	 * @return its full address
	 */
	public String url(String sitePath) {
		return this.addresses.canonicalBase(tenant()) + sitePath;
	}

	/**
	 * A request for a path of the commune's site, as a reader would make it.
	 * @param sitePath a path on the commune's site
	 * @return the request
	 */
	public SiteRequest request(String sitePath) {
		return this.addresses.request(tenant(), sitePath);
	}

}
