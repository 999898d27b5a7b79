package fr.clocher.kernel.test.host;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.clocher.kernel.api.identity.KeycloakClaims;
import fr.clocher.kernel.security.RealmRoles;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Tokens of the clocher realm for {@code MockMvc}: claims in the shape Keycloak issues
 * them (proven against a real token by kernel-keycloak's {@code TestTokensShapeTests}),
 * authorities read from them by the security chain's own converter.
 */
public final class TestTokens {

	/** The subject of {@link #secretaryOf}'s tokens. */
	public static final String SECRETARY_ID = "5d0b6f4e-2c1a-4f7e-9b3d-6a8e1c2f4b70";

	/** The username of {@link #secretaryOf}'s tokens, her e-mail as provisioned. */
	public static final String SECRETARY_USERNAME = "martine.dupont@mairie.test";

	/** The subject of {@link #operator}'s tokens. */
	public static final String OPERATOR_ID = "0b7e3c52-8f1d-4a6b-9c2e-5d4f3a2b1c09";

	/** The realm's public address, the issuer of its tokens. */
	public static final String ISSUER = "http://localhost:8080/auth/realms/clocher";

	/** The API, the audience of the realm's tokens. */
	public static final String AUDIENCE = "clocher-api";

	private TestTokens() {
	}

	/** A platform operator (realm role {@code platform-operator}, no commune). */
	public static JwtRequestPostProcessor operator() {
		return token(claims(OPERATOR_ID, "operateur@metropole.test", List.of("platform-operator"), List.of()));
	}

	/**
	 * A secretary ({@value #SECRETARY_USERNAME}), member of these communes'
	 * organizations.
	 */
	public static JwtRequestPostProcessor secretaryOf(String... communes) {
		return token(claims(SECRETARY_ID, SECRETARY_USERNAME, List.of("secretary"), List.of(communes)));
	}

	/** The claims of a person's access token, as the realm writes them. */
	public static Map<String, Object> claims(String subject, String username, List<String> realmRoles,
			List<String> organizations) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("aud", List.of(AUDIENCE));
		claims.put("sub", subject);
		claims.put("typ", "Bearer");
		claims.put("preferred_username", username);
		claims.put(KeycloakClaims.REALM_ACCESS, Map.of(KeycloakClaims.ROLES, List.copyOf(realmRoles)));
		if (!organizations.isEmpty()) {
			claims.put(KeycloakClaims.ORGANIZATION, List.copyOf(organizations));
		}
		return claims;
	}

	/** A token with exactly these claims. */
	public static JwtRequestPostProcessor token(Map<String, Object> claims) {
		return jwt().jwt((token) -> token.claims((all) -> {
			all.clear();
			all.putAll(claims);
		})).authorities(RealmRoles::authorities);
	}

}
