package fr.clocher.tenant.registry;

import java.util.List;
import java.util.Locale;

import fr.clocher.kernel.tenancy.PlatformHosts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own settings.
 *
 * @param domain every tenant's site is served at {@code <slug>.<domain>}
 * @param hosts the platform's own host names, without port: the only hosts where a
 * commune's site is reached by path ({@code /c/<slug>/}); on a commune's host the host
 * alone names the commune
 */
@ConfigurationProperties("clocher.platform")
public record PlatformProperties(@DefaultValue("clocher.localhost") String domain,
		@DefaultValue("localhost,127.0.0.1") List<String> hosts) implements PlatformHosts {

	public PlatformProperties {
		hosts = hosts.stream()
			.map((host) -> host.trim().toLowerCase(Locale.ROOT))
			.filter((host) -> !host.isEmpty())
			.toList();
	}

	public String hostFor(String slug) {
		return slug + "." + this.domain;
	}

	@Override
	public boolean contains(String host) {
		return host != null && this.hosts.contains(host.toLowerCase(Locale.ROOT));
	}

}
