package fr.clocher.portal.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is and how portal-ui signs in there ({@code clocher.auth.*}).
 *
 * @param publicUrl Keycloak's base URL as browsers reach it (through the gateway), e.g.
 * {@code http://localhost:8080/auth}: the authorization and logout endpoints, and the
 * issuer tokens must carry
 * @param internalUrl Keycloak's base URL as portal-ui reaches it server to server, e.g.
 * {@code http://localhost:8180/auth}: token, keys and user info
 * @param realm the realm
 * @param clientId the confidential client portal-ui signs in as
 * @param clientSecret its secret
 * @param probeTimeout how long to wait for Keycloak before telling a person that signing
 * in is impossible right now
 */
@ConfigurationProperties("clocher.auth")
public record SignInProperties(String publicUrl, String internalUrl, @DefaultValue("clocher") String realm,
		@DefaultValue("clocher-portal") String clientId, String clientSecret,
		@DefaultValue("2s") Duration probeTimeout) {

	/**
	 * The issuer every token must carry: the realm at its public address.
	 * @return e.g. {@code http://localhost:8080/auth/realms/clocher}
	 */
	public String publicIssuer() {
		return realmUrl(this.publicUrl);
	}

	/**
	 * The realm at its internal address, base of the server-to-server endpoints.
	 * @return e.g. {@code http://localhost:8180/auth/realms/clocher}
	 */
	public String internalRealmUrl() {
		return realmUrl(this.internalUrl);
	}

	private String realmUrl(String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return base + "/realms/" + this.realm;
	}

}
