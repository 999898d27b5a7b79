package fr.clocher.kernel.keycloak;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * Sets a confidential client's secret through the admin API. The realm file carries no
 * secret (a default in a public file is a known secret), so whoever starts Keycloak — the
 * run command, the tests — gives each client the secret it generated and keeps.
 */
public final class ClientSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ClientSecrets() {
	}

	/**
	 * A new random secret: 32 bytes, URL-safe Base64.
	 * @return the secret
	 */
	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Gives the client this secret, unless it has it already.
	 * @param realm the realm, through an admin allowed to manage its clients
	 * @param clientId the client's id, e.g. {@value ClocherRealm#PORTAL_CLIENT}
	 * @param secret the secret
	 */
	public static void set(RealmResource realm, String clientId, String secret) {
		List<ClientRepresentation> found = realm.clients().findByClientId(clientId);
		if (found.isEmpty()) {
			throw new IllegalStateException("The realm " + ClocherRealm.NAME + " has no client " + clientId);
		}
		ClientResource client = realm.clients().get(found.get(0).getId());
		if (secret.equals(client.getSecret().getValue())) {
			return;
		}
		ClientRepresentation representation = client.toRepresentation();
		representation.setSecret(secret);
		client.update(representation);
	}

}
