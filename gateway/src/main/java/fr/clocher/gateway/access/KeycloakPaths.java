package fr.clocher.gateway.access;

/**
 * The Keycloak paths the gateway publishes: the platform realm's endpoints, login pages
 * and account console ({@code /auth/realms/<realm>/**}) and the static files of those
 * pages ({@code /auth/resources/**}). The admin console, its REST API, the master realm
 * and every other realm are not. The realm is compared exactly: Keycloak's own comparison
 * may ignore case, depending on its database.
 */
final class KeycloakPaths {

	private static final String RESOURCES = "/auth/resources/";

	private final String realm;

	KeycloakPaths(String realm) {
		this.realm = "/auth/realms/" + realm;
	}

	boolean isPublished(String rawPath) {
		return PathKind.isUnder(rawPath, this.realm)
				|| (rawPath.startsWith(RESOURCES) && rawPath.length() > RESOURCES.length());
	}

}
