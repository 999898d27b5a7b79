package fr.clocher.tenant.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.clocher.tenant.security.Roles;

/**
 * The few things the platform does in Keycloak, each idempotent: it looks for what exists
 * (an organization by the tenant id it carries as an attribute, a user by e-mail) and
 * creates or changes only what is missing.
 */
class KeycloakOrganizations {

	static final String TENANT_ATTRIBUTE = "clocher-tenant-id";

	private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizations.class);

	private final Keycloak keycloak;

	private final String realm;

	KeycloakOrganizations(Keycloak keycloak, String realm) {
		this.keycloak = keycloak;
		this.realm = realm;
	}

	/** Creates the organization if missing, and sets its enabled flag; returns its id. */
	String ensureOrganization(UUID tenantId, String alias, String name, String domain, boolean enabled) {
		Optional<OrganizationRepresentation> existing = find(tenantId);
		if (existing.isPresent()) {
			OrganizationRepresentation organization = existing.get();
			if (organization.isEnabled() != enabled) {
				organization.setEnabled(enabled);
				try (Response response = realm().organizations().get(organization.getId()).update(organization)) {
					check(response, "update organization " + alias);
				}
			}
			return organization.getId();
		}
		OrganizationRepresentation organization = new OrganizationRepresentation();
		organization.setAlias(alias);
		organization.setName(name);
		organization.setEnabled(enabled);
		organization.setAttributes(Map.of(TENANT_ATTRIBUTE, List.of(tenantId.toString())));
		OrganizationDomainRepresentation platformDomain = new OrganizationDomainRepresentation(domain);
		organization.addDomain(platformDomain);
		try (Response response = realm().organizations().create(organization)) {
			check(response, "create organization " + alias);
			return CreatedResponseUtil.getCreatedId(response);
		}
	}

	/**
	 * Makes the person a member of the tenant's organization with the secretary role,
	 * creating her account (and sending the e-mail that lets her choose a password) if
	 * she has none.
	 */
	void ensureSecretary(String organizationId, String email) {
		UserRepresentation user = findUser(email).orElseGet(() -> createUser(email));
		// Read among the roles she may be given: reading a role by name would need
		// view-realm.
		realm().users()
			.get(user.getId())
			.roles()
			.realmLevel()
			.listAvailable()
			.stream()
			.filter((role) -> role.getName().equals(Roles.SECRETARY))
			.findFirst()
			.ifPresent((secretary) -> realm().users().get(user.getId()).roles().realmLevel().add(List.of(secretary)));
		OrganizationResource resource = realm().organizations().get(organizationId);
		boolean member = resource.members()
			.search(email, true, 0, 10)
			.stream()
			.anyMatch((m) -> m.getId().equals(user.getId()));
		if (!member) {
			check(resource.members().addMember(user.getId()), "add member " + email);
		}
	}

	private UserRepresentation createUser(String email) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(email);
		user.setEmail(email);
		user.setEnabled(true);
		user.setRequiredActions(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
		String id;
		try (Response response = realm().users().create(user)) {
			check(response, "create user " + email);
			id = CreatedResponseUtil.getCreatedId(response);
		}
		try {
			realm().users().get(id).executeActionsEmail(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
		}
		catch (RuntimeException ex) {
			log.warn("Account of {} created, but the e-mail that lets her choose a password could not be sent: {}",
					email, ex.getMessage());
		}
		user.setId(id);
		return user;
	}

	private Optional<OrganizationRepresentation> find(UUID tenantId) {
		return realm().organizations().searchByAttribute(TENANT_ATTRIBUTE + ":" + tenantId).stream().findFirst();
	}

	private Optional<UserRepresentation> findUser(String email) {
		return realm().users().searchByEmail(email, true).stream().findFirst();
	}

	private RealmResource realm() {
		return this.keycloak.realm(this.realm);
	}

	private static void check(Response response, String what) {
		if (response.getStatus() >= 300) {
			String body = response.hasEntity() ? response.readEntity(String.class) : "";
			throw new IllegalStateException(what + " failed: HTTP " + response.getStatus() + " " + body);
		}
	}

}
