package fr.clocher.tenant.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own settings.
 *
 * @param domain every tenant's site is served at {@code <slug>.<domain>}
 */
@ConfigurationProperties("clocher.platform")
public record PlatformProperties(@DefaultValue("clocher.localhost") String domain) {

	public String hostFor(String slug) {
		return slug + "." + this.domain;
	}

}
