package fr.clocher.portal.signin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

import fr.clocher.kernel.keycloak.test.TestKeycloak;

/**
 * The realm's {@code clocher-portal} client in the test Keycloak, seen through the admin
 * API.
 */
final class KeycloakPortalClient {

	static final String CLIENT_ID = "clocher-portal";

	private static final String POST_LOGOUT_REDIRECT_URIS = "post.logout.redirect.uris";

	private KeycloakPortalClient() {
	}

	/**
	 * The client's secret as Keycloak imported it.
	 * @return the secret
	 */
	static String secret() {
		return resource().getSecret().getValue();
	}

	/**
	 * Lets the client come back to a portal-ui at that address after signing in and after
	 * signing out.
	 * @param portalBaseUrl e.g. {@code http://localhost:41234}
	 */
	static void allowRedirectsTo(String portalBaseUrl) {
		String pattern = portalBaseUrl + "/admin/*";
		ClientResource resource = resource();
		ClientRepresentation client = resource.toRepresentation();
		List<String> redirectUris = new ArrayList<>(client.getRedirectUris());
		if (!redirectUris.contains(pattern)) {
			redirectUris.add(pattern);
		}
		client.setRedirectUris(redirectUris);
		Map<String, String> attributes = new HashMap<>(client.getAttributes());
		String postLogout = attributes.getOrDefault(POST_LOGOUT_REDIRECT_URIS, "");
		if (!List.of(postLogout.split("##")).contains(pattern)) {
			attributes.put(POST_LOGOUT_REDIRECT_URIS, postLogout.isEmpty() ? pattern : postLogout + "##" + pattern);
		}
		client.setAttributes(attributes);
		resource.update(client);
	}

	private static ClientResource resource() {
		List<ClientRepresentation> found = TestKeycloak.realm().clients().findByClientId(CLIENT_ID);
		if (found.isEmpty()) {
			throw new IllegalStateException("The realm has no client " + CLIENT_ID);
		}
		return TestKeycloak.realm().clients().get(found.get(0).getId());
	}

}
