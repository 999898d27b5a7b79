package fr.clocher.tenant.provisioning;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few things the platform does in Keycloak, each idempotent: it looks for what exists
 * (an organization by the tenant id it carries as an attribute) and creates or changes
 * only what is missing, and it invites secretaries. Its service account may manage
 * organizations and nothing else: it cannot create, change or find users, grant roles or
 * reset passwords (decision record 0012).
 */
class KeycloakOrganizations {

	static final String TENANT_ATTRIBUTE = "clocher-tenant-id";

	private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizations.class);

	private static final int PAGE = 500;

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
			return enable(existing.get(), enabled);
		}
		return createOrFind(tenantId, alias, name, domain, enabled);
	}

	/**
	 * Creates the organization of a tenant that should have none yet, in one call; if
	 * Keycloak already has it (an earlier attempt created it but its success was never
	 * recorded), finds it and sets its enabled flag. Returns its id. What
	 * {@link #ensureOrganization} does, without a search before each creation.
	 */
	String createOrFind(UUID tenantId, String alias, String name, String domain, boolean enabled) {
		OrganizationRepresentation organization = new OrganizationRepresentation();
		organization.setAlias(alias);
		organization.setName(name);
		organization.setEnabled(enabled);
		organization.setAttributes(Map.of(TENANT_ATTRIBUTE, List.of(tenantId.toString())));
		OrganizationDomainRepresentation platformDomain = new OrganizationDomainRepresentation(domain);
		organization.addDomain(platformDomain);
		try (Response response = realm().organizations().create(organization)) {
			if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
				Optional<OrganizationRepresentation> existing = find(tenantId);
				if (existing.isPresent()) {
					log.debug("Organization {} already existed for tenant {}", alias, tenantId);
					return enable(existing.get(), enabled);
				}
			}
			check(response, "create organization " + alias);
			return CreatedResponseUtil.getCreatedId(response);
		}
	}

	private String enable(OrganizationRepresentation organization, boolean enabled) {
		if (organization.isEnabled() != enabled) {
			organization.setEnabled(enabled);
			try (Response response = realm().organizations().get(organization.getId()).update(organization)) {
				check(response, "update organization " + organization.getAlias());
			}
		}
		return organization.getId();
	}

	/**
	 * Invites the person to the tenant's organization: Keycloak sends the invitation to
	 * that address, and she becomes a member only when she follows its link (signing in,
	 * or creating her account with that very address). Membership thus follows proof that
	 * she controls the address; the platform never adds a member itself. An invitation
	 * still pending, or a person already a member, is success.
	 */
	void inviteSecretary(String organizationId, String email) {
		try (Response response = realm().organizations().get(organizationId).members().inviteUser(email, null, null)) {
			if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
				log.debug("{} is already invited to or a member of organization {}", email, organizationId);
				return;
			}
			check(response, "invite " + email);
		}
	}

	/**
	 * The tenants that have an organization in Keycloak (read from the attribute each
	 * carries), a page at a time.
	 */
	Set<UUID> tenantsWithOrganization() {
		Set<UUID> tenants = new HashSet<>();
		for (int first = 0;; first += PAGE) {
			List<OrganizationRepresentation> page = realm().organizations().search(null, false, first, PAGE, false);
			page.stream()
				.map((organization) -> organization.getAttributes())
				.filter(Objects::nonNull)
				.map((attributes) -> attributes.getOrDefault(TENANT_ATTRIBUTE, List.of()))
				.flatMap(List::stream)
				.map(UUID::fromString)
				.forEach(tenants::add);
			if (page.size() < PAGE) {
				return tenants;
			}
		}
	}

	private Optional<OrganizationRepresentation> find(UUID tenantId) {
		return realm().organizations().searchByAttribute(TENANT_ATTRIBUTE + ":" + tenantId).stream().findFirst();
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
