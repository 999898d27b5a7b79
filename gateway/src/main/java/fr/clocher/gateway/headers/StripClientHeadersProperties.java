package fr.clocher.gateway.headers;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Names of the request headers that the gateway removes from every client request before
 * routing it, compared without regard to case. A name ending in {@code *} removes every
 * header starting with what precedes the star ({@code X-Clocher-*}). Left unset, the
 * defaults apply, so that a missing configuration never lets a forged header through.
 *
 * @param strip the header names or name prefixes to remove
 */
@ConfigurationProperties("clocher.gateway.headers")
public record StripClientHeadersProperties(List<String> strip) {

	static final List<String> DEFAULTS = List.of("X-Clocher-Tenant", "X-Clocher-*", "X-Tenant-Id", "X-Forwarded-User",
			"X-Auth-Request-*", "X-User-*", "X-Remote-User");

	public StripClientHeadersProperties {
		strip = (strip != null) ? List.copyOf(strip) : DEFAULTS;
	}

}
