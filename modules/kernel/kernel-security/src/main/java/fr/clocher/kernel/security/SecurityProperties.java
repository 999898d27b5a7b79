package fr.clocher.kernel.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are checked.
 *
 * @param issuer the issuer tokens must carry (the realm's public URL)
 * @param jwkSetUri where the realm's signing keys are fetched (may be an internal URL)
 * @param audience the audience tokens must be for
 */
@ConfigurationProperties("clocher.security")
public record SecurityProperties(@DefaultValue("http://localhost:8080/auth/realms/clocher") String issuer,
		@DefaultValue("http://localhost:8180/auth/realms/clocher/protocol/openid-connect/certs") String jwkSetUri,
		@DefaultValue("clocher-api") String audience) {

}
