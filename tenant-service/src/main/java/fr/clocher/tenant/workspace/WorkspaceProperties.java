package fr.clocher.tenant.workspace;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the workspace names a tenant's public site.
 *
 * @param siteUrl the address of a tenant's public site, {@code {slug}} standing for its
 * slug
 */
@ConfigurationProperties("clocher.workspace")
public record WorkspaceProperties(@DefaultValue("http://{slug}.clocher.localhost:8080/") String siteUrl) {

	public String siteUrlFor(String slug) {
		return this.siteUrl.replace("{slug}", slug);
	}

}
