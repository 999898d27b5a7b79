package fr.clocher.gateway.headers;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Names of the request headers that the gateway removes from every client request before
 * routing it (compared without regard to case). Left unset, the defaults apply, so that a
 * missing configuration never lets a forged header through.
 *
 * @param strip the header names to remove
 */
@ConfigurationProperties("clocher.gateway.headers")
public record StripClientHeadersProperties(List<String> strip) {

	static final List<String> DEFAULTS = List.of("X-Clocher-Tenant", "X-Tenant-Id", "X-Forwarded-User");

	public StripClientHeadersProperties {
		strip = (strip != null) ? List.copyOf(strip) : DEFAULTS;
	}

}
