package fr.clocher.gateway.access;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform's own paths are served.
 *
 * @param platformHosts the host names (without port) of the platform itself, where the
 * API, the admin and sign-in are served; every other host is a commune's. Compared
 * without regard to case; default {@code localhost} and {@code 127.0.0.1}
 * @param keycloakRealm the one Keycloak realm published under {@code /auth/realms/};
 * default {@code clocher}
 */
@ConfigurationProperties("clocher.gateway")
public record AccessProperties(List<String> platformHosts, String keycloakRealm) {

	private static final Pattern REALM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	public AccessProperties {
		platformHosts = (platformHosts != null) ? platformHosts.stream()
			.map((host) -> host.trim().toLowerCase(Locale.ROOT))
			.filter((host) -> !host.isEmpty())
			.toList() : List.of("localhost", "127.0.0.1");
		keycloakRealm = (keycloakRealm != null && !keycloakRealm.isBlank()) ? keycloakRealm.trim() : "clocher";
		if (!REALM.matcher(keycloakRealm).matches()) {
			throw new IllegalArgumentException(
					"clocher.gateway.keycloak-realm must be one path segment of letters, digits, '.', '_' or '-'");
		}
	}

}
