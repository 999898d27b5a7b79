package fr.clocher.kernel.keycloak.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import fr.clocher.kernel.keycloak.ClocherRealm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provisioning service account holds {@code manage-organizations} and nothing else:
 * it creates and finds organizations and invites people to them, and a person becomes a
 * member only by following the invitation sent to her address. It can neither create,
 * change nor add users itself, nor grant {@code platform-operator}, nor reset an
 * operator's password, nor administer the realm.
 */
class ProvisionerPermissionsTests {

	private Keycloak provisioner;

	private RealmResource realm;

	private InvitationMailbox mailbox;

	@BeforeEach
	void start() {
		this.mailbox = InvitationMailbox.open();
		this.provisioner = TestKeycloak.provisionerClient();
		this.realm = this.provisioner.realm(ClocherRealm.NAME);
	}

	@AfterEach
	void stop() {
		this.provisioner.close();
		this.mailbox.close();
	}

	@Test
	void createsACommuneAndItsSecretaryJoinsByFollowingTheInvitation() throws Exception {
		String alias = "saint-orens-" + suffix();
		UUID tenant = UUID.randomUUID();
		String organizationId = createOrganization(alias, tenant);
		OrganizationResource organization = this.realm.organizations().get(organizationId);
		assertThat(organization.toRepresentation().getAlias()).isEqualTo(alias);
		assertThat(this.realm.organizations().searchByAttribute("clocher-tenant-id:" + tenant))
			.extracting(OrganizationRepresentation::getId)
			.containsExactly(organizationId);

		String email = "secretaire-" + suffix() + "@mairie.test";
		try (Response response = organization.members().inviteUser(email, null, null)) {
			assertThat(response.getStatus()).isEqualTo(204);
		}
		assertThat(members(organizationId)).as("nobody joins before following the invitation").isEmpty();

		String link = this.mailbox.awaitInvitationLink(email);
		HttpResponse<String> done = this.mailbox.register(link, email, "Secretariat-2026!");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		KeycloakBrowser someoneElse = new KeycloakBrowser();
		HttpResponse<String> again = someoneElse.followWithin(someoneElse.get(link), TestKeycloak.baseUrl());
		assertThat(again.body()).as("an invitation link works once").doesNotContain("password-confirm");
		UserRepresentation joined = TestKeycloak.realm().users().searchByEmail(email, true).get(0);
		assertThat(joined.isEmailVerified()).as("the invitation proved the address").isTrue();
		assertThat(members(organizationId)).extracting(MemberRepresentation::getId).containsExactly(joined.getId());
		assertThat(TestKeycloak.claims(TestKeycloak.accessToken(email, "Secretariat-2026!"))
			.get(ClocherRealm.ORGANIZATION_CLAIM)
			.toString()).contains(alias);
	}

	@Test
	void cannotMakeAnyoneAMemberWithoutAnInvitation() {
		String organizationId = createOrganization("sans-invitation-" + suffix(), UUID.randomUUID());
		String name = "deja-inscrite-" + suffix();
		String userId = TestKeycloak.createUser(name, name + "@mairie.test", "Mot-de-passe-long-1");
		try (Response response = this.realm.organizations().get(organizationId).members().addMember(userId)) {
			assertThat(response.getStatus()).isEqualTo(403);
		}
		UserRepresentation user = new UserRepresentation();
		user.setUsername("cree-par-le-provisionneur-" + suffix() + "@mairie.test");
		user.setEmail(user.getUsername());
		user.setEnabled(true);
		try (Response response = this.realm.users().create(user)) {
			assertThat(response.getStatus()).isEqualTo(403);
		}
		assertThat(members(organizationId)).isEmpty();
	}

	@Test
	void cannotGrantTheOperatorRoleNorTouchAnOperatorsAccount() {
		String name = "operateur-" + suffix();
		String operatorId = TestKeycloak.createUser(name, name + "@metropole.test", "Metropole-2026!",
				ClocherRealm.PLATFORM_OPERATOR);
		String otherName = "secretaire-ambitieuse-" + suffix();
		String otherId = TestKeycloak.createUser(otherName, otherName + "@mairie.test", "Mot-de-passe-long-1");
		RoleRepresentation operator = TestKeycloak.realm()
			.roles()
			.get(ClocherRealm.PLATFORM_OPERATOR)
			.toRepresentation();

		assertThatThrownBy(() -> this.realm.users().get(otherId).roles().realmLevel().add(List.of(operator)))
			.isInstanceOf(ForbiddenException.class);
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue("Pris-par-le-provisionneur-1");
		password.setTemporary(false);
		assertThatThrownBy(() -> this.realm.users().get(operatorId).resetPassword(password))
			.isInstanceOf(ForbiddenException.class);
		UserRepresentation change = new UserRepresentation();
		change.setEmail("autre-" + suffix() + "@example.test");
		assertThatThrownBy(() -> this.realm.users().get(operatorId).update(change))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.realm.users().get(operatorId).executeActionsEmail(List.of("UPDATE_PASSWORD")))
			.isInstanceOf(ForbiddenException.class);

		assertThat(TestKeycloak.realm().users().get(otherId).roles().realmLevel().listEffective())
			.extracting(RoleRepresentation::getName)
			.doesNotContain(ClocherRealm.PLATFORM_OPERATOR);
		assertThat(TestKeycloak.realm().users().get(operatorId).toRepresentation().getEmail())
			.isEqualTo(name + "@metropole.test");
	}

	@Test
	void cannotAdministerTheRealm() {
		assertThatThrownBy(() -> this.realm.remove()).isInstanceOf(ForbiddenException.class);
		RealmRepresentation change = new RealmRepresentation();
		change.setBruteForceProtected(false);
		assertThatThrownBy(() -> this.realm.update(change)).isInstanceOf(ForbiddenException.class);
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId("created-by-the-provisioner");
		try (Response response = this.realm.clients().create(client)) {
			assertThat(response.getStatus()).isEqualTo(403);
		}
		assertThatThrownBy(() -> this.realm.clients().findAll()).isInstanceOf(ForbiddenException.class);
		RoleRepresentation role = new RoleRepresentation();
		role.setName("created-by-the-provisioner");
		assertThatThrownBy(() -> this.realm.roles().create(role)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.provisioner.realm("master").users().list())
			.isInstanceOf(ForbiddenException.class);
	}

	private String createOrganization(String alias, UUID tenant) {
		OrganizationRepresentation commune = new OrganizationRepresentation();
		commune.setAlias(alias);
		commune.setName("Commune " + alias);
		commune.setEnabled(true);
		commune.setAttributes(Map.of("clocher-tenant-id", List.of(tenant.toString())));
		commune.addDomain(new OrganizationDomainRepresentation(alias + ".clocher.localhost"));
		try (Response response = this.realm.organizations().create(commune)) {
			assertThat(response.getStatus()).isEqualTo(201);
			return CreatedResponseUtil.getCreatedId(response);
		}
	}

	private static List<MemberRepresentation> members(String organizationId) {
		return TestKeycloak.realm().organizations().get(organizationId).members().getAll();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
