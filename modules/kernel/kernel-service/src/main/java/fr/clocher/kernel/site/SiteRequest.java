package fr.clocher.kernel.site;

import java.util.Map;
import java.util.Objects;

import fr.clocher.kernel.tenancy.TenantRef;

/**
 * One request for a commune's public site, as modules see it: which commune, which site
 * path, and how the reader reached the site, so that links follow the way the page was
 * reached and canonical addresses always name the commune's host.
 *
 * @param tenant the commune
 * @param path the path inside the site, starting with {@code /} ({@code /} for the home
 * page, {@code /pages/ecole})
 * @param basePath what comes before a site path in links: empty on the commune's host,
 * {@code /c/<slug>} under the platform's path
 * @param canonicalBase the site on the commune's host, without a trailing slash
 * ({@code https://aiglun.example.fr})
 * @param parameters the query parameters (first value of each)
 */
public record SiteRequest(TenantRef tenant, String path, String basePath, String canonicalBase,
		Map<String, String> parameters) {

	public SiteRequest {
		Objects.requireNonNull(tenant, "tenant");
		path = (path == null || path.isEmpty()) ? "/" : path;
		parameters = (parameters != null) ? Map.copyOf(parameters) : Map.of();
	}

	/**
	 * A link to a site path as the reader reached the site ({@code /c/aiglun/pages/x}).
	 */
	public String link(String sitePath) {
		return this.basePath + sitePath;
	}

	/** The canonical, absolute address of a site path, on the commune's host. */
	public String canonical(String sitePath) {
		return this.canonicalBase + sitePath;
	}

	/** The same commune and addresses, for another site path. */
	public SiteRequest at(String sitePath) {
		return new SiteRequest(this.tenant, sitePath, this.basePath, this.canonicalBase, Map.of());
	}

}
