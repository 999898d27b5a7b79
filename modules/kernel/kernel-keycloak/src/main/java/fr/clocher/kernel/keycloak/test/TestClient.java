package fr.clocher.kernel.keycloak.test;

import java.util.List;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

import fr.clocher.kernel.keycloak.ClocherRealm;

/**
 * The public client {@value TestKeycloak#TEST_CLIENT}, created through the admin API for
 * tests only (never in the realm file): direct access grants, and the same default scopes
 * and mappers as {@value ClocherRealm#PORTAL_CLIENT}, so that its tokens are shaped like
 * the portal's.
 */
final class TestClient {

	private TestClient() {
	}

	static void ensure(RealmResource realm) {
		if (!realm.clients().findByClientId(TestKeycloak.TEST_CLIENT).isEmpty()) {
			return;
		}
		ClientRepresentation portal = realm.clients().findByClientId(ClocherRealm.PORTAL_CLIENT).get(0);
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(TestKeycloak.TEST_CLIENT);
		client.setName("Tests only");
		client.setEnabled(true);
		client.setPublicClient(true);
		client.setDirectAccessGrantsEnabled(true);
		client.setStandardFlowEnabled(false);
		client.setImplicitFlowEnabled(false);
		client.setServiceAccountsEnabled(false);
		client.setDefaultClientScopes(portal.getDefaultClientScopes());
		client.setOptionalClientScopes(portal.getOptionalClientScopes());
		client.setProtocolMappers(copies(portal.getProtocolMappers()));
		try (Response response = realm.clients().create(client)) {
			if (response.getStatus() != 201) {
				throw new IllegalStateException("Could not create the test client: HTTP " + response.getStatus());
			}
		}
	}

	private static List<ProtocolMapperRepresentation> copies(List<ProtocolMapperRepresentation> mappers) {
		if (mappers == null) {
			return List.of();
		}
		return mappers.stream().map(TestClient::copy).toList();
	}

	private static ProtocolMapperRepresentation copy(ProtocolMapperRepresentation mapper) {
		ProtocolMapperRepresentation copy = new ProtocolMapperRepresentation();
		copy.setName(mapper.getName());
		copy.setProtocol(mapper.getProtocol());
		copy.setProtocolMapper(mapper.getProtocolMapper());
		copy.setConfig(mapper.getConfig());
		return copy;
	}

}
