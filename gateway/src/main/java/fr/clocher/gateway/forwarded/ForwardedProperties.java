package fr.clocher.gateway.forwarded;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The proxies in front of the gateway whose {@code X-Forwarded-*} headers are believed.
 * Empty (the default) means the gateway faces clients directly and believes no such
 * header.
 *
 * @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code 127.0.0.1},
 * {@code ::1})
 */
@ConfigurationProperties("clocher.gateway.forwarded")
public record ForwardedProperties(List<String> trustedProxies) {

	public ForwardedProperties {
		trustedProxies = (trustedProxies != null)
				? trustedProxies.stream().map(String::trim).filter((s) -> !s.isEmpty()).toList() : List.of();
	}

}
