package fr.clocher.kernel.keycloak.test;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Users, organizations and memberships made through the master admin, as tests need them.
 */
final class RealmFixtures {

	private final RealmResource realm;

	RealmFixtures(RealmResource realm) {
		this.realm = realm;
	}

	String createUser(String username, String email, String password, String... realmRoles) {
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(false);
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEmail(email);
		user.setEmailVerified(true);
		user.setEnabled(true);
		user.setFirstName(username);
		user.setLastName("Test");
		user.setCredentials(List.of(credential));
		String id;
		try (Response response = this.realm.users().create(user)) {
			check(response, "create user " + username);
			id = CreatedResponseUtil.getCreatedId(response);
		}
		if (realmRoles.length > 0) {
			List<RoleRepresentation> roles = Arrays.stream(realmRoles)
				.map((role) -> this.realm.roles().get(role).toRepresentation())
				.toList();
			this.realm.users().get(id).roles().realmLevel().add(roles);
		}
		return id;
	}

	String createOrganization(String alias, String name) {
		String existing = findOrganization(alias);
		if (existing != null) {
			return existing;
		}
		OrganizationRepresentation organization = new OrganizationRepresentation();
		organization.setAlias(alias);
		organization.setName(name);
		organization.setEnabled(true);
		try (Response response = this.realm.organizations().create(organization)) {
			check(response, "create organization " + alias);
			return CreatedResponseUtil.getCreatedId(response);
		}
	}

	void addMember(String organizationAlias, String username) {
		String organization = findOrganization(organizationAlias);
		if (organization == null) {
			throw new IllegalArgumentException("No organization " + organizationAlias);
		}
		List<UserRepresentation> users = this.realm.users().searchByUsername(username, true);
		if (users.isEmpty()) {
			throw new IllegalArgumentException("No user " + username);
		}
		try (Response response = this.realm.organizations()
			.get(organization)
			.members()
			.addMember(users.get(0).getId())) {
			check(response, "add " + username + " to " + organizationAlias);
		}
	}

	private String findOrganization(String alias) {
		return this.realm.organizations()
			.getAll()
			.stream()
			.filter((organization) -> alias.equals(organization.getAlias()))
			.map(OrganizationRepresentation::getId)
			.findFirst()
			.orElse(null);
	}

	private static void check(Response response, String what) {
		if (response.getStatus() >= 300) {
			String body = response.hasEntity() ? response.readEntity(String.class) : "";
			throw new IllegalStateException(what + " failed: HTTP " + response.getStatus() + " " + body);
		}
	}

}
