package fr.clocher.kernel.api.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads what Keycloak puts in the clocher realm's tokens: the realm roles under
 * {@code realm_access.roles}, and the organizations under {@code organization}, either a
 * list of aliases or, when the mapper adds attributes or ids, a map keyed by alias. The
 * one parser of these claims: tenant-service's resource server (kernel-security) and
 * portal-ui's sign-in both read them here.
 */
public final class KeycloakClaims {

	public static final String REALM_ACCESS = "realm_access";

	public static final String ROLES = "roles";

	public static final String ORGANIZATION = "organization";

	private KeycloakClaims() {
	}

	/**
	 * The realm roles.
	 * @param claims a token's claims
	 * @return the role names, empty when there are none
	 */
	public static List<String> realmRoles(Map<String, Object> claims) {
		if (claims.get(REALM_ACCESS) instanceof Map<?, ?> realmAccess) {
			return strings(realmAccess.get(ROLES));
		}
		return List.of();
	}

	/**
	 * The aliases of the organizations the person is a member of.
	 * @param claims a token's claims
	 * @return the aliases, empty when there are none
	 */
	public static List<String> organizations(Map<String, Object> claims) {
		Object organization = claims.get(ORGANIZATION);
		if (organization instanceof Map<?, ?> byAlias) {
			return strings(byAlias.keySet());
		}
		return strings(organization);
	}

	private static List<String> strings(Object value) {
		if (value instanceof Collection<?> collection) {
			return collection.stream()
				.filter(String.class::isInstance)
				.map(String.class::cast)
				.filter((text) -> !text.isBlank())
				.distinct()
				.toList();
		}
		if (value instanceof String single && !single.isBlank()) {
			return List.of(single);
		}
		return List.of();
	}

}
