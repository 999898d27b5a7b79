package fr.clocher.tenant.workspace;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.stereotype.Component;

/**
 * A commune's site is on its platform host, as the workspace names it
 * ({@code clocher.workspace.site-url}).
 */
@Component
class PlatformSiteAddresses implements SiteAddresses {

	private final WorkspaceProperties workspace;

	PlatformSiteAddresses(WorkspaceProperties workspace) {
		this.workspace = workspace;
	}

	@Override
	public String canonicalBase(TenantRef tenant) {
		String url = this.workspace.siteUrlFor(tenant.slug());
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
