package fr.clocher.kernel.keycloak.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
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
 * The provisioning service account can do what onboarding needs (organizations, users,
 * memberships, the secretary role, invitation e-mails) with its two admin roles, and not
 * more: no realm, client or role administration.
 */
class ProvisionerPermissionsTests {

	private static final String ALIAS = "saint-orens";

	private GreenMail mail;

	private Keycloak provisioner;

	private RealmResource realm;

	@BeforeEach
	void start() {
		this.mail = new GreenMail(new ServerSetup(TestKeycloak.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
		this.provisioner = TestKeycloak.provisionerClient();
		this.realm = this.provisioner.realm(ClocherRealm.NAME);
		removeOrganizationAsAdmin(ALIAS);
	}

	@AfterEach
	void stop() {
		this.provisioner.close();
		this.mail.stop();
	}

	@Test
	void onboardsACommuneAndItsSecretary() throws Exception {
		UUID tenant = UUID.randomUUID();
		OrganizationRepresentation commune = new OrganizationRepresentation();
		commune.setAlias(ALIAS);
		commune.setName("Saint-Orens-de-Gameville");
		commune.setEnabled(true);
		commune.setAttributes(Map.of("clocher-tenant-id", List.of(tenant.toString())));
		commune.addDomain(new OrganizationDomainRepresentation("saint-orens.clocher.localhost"));
		String organizationId;
		try (Response response = this.realm.organizations().create(commune)) {
			assertThat(response.getStatus()).isEqualTo(201);
			organizationId = CreatedResponseUtil.getCreatedId(response);
		}
		OrganizationResource organization = this.realm.organizations().get(organizationId);
		assertThat(organization.toRepresentation().getAlias()).isEqualTo(ALIAS);
		assertThat(this.realm.organizations().searchByAttribute("clocher-tenant-id:" + tenant))
			.extracting(OrganizationRepresentation::getId)
			.containsExactly(organizationId);
		assertThat(this.realm.organizations().search("Saint-Orens")).isNotEmpty();

		String email = "secretaire.provisionnee@example.test";
		UserRepresentation secretary = new UserRepresentation();
		secretary.setUsername(email);
		secretary.setEmail(email);
		secretary.setEnabled(true);
		secretary.setRequiredActions(List.of("UPDATE_PASSWORD"));
		String userId;
		try (Response response = this.realm.users().create(secretary)) {
			assertThat(response.getStatus()).isEqualTo(201);
			userId = CreatedResponseUtil.getCreatedId(response);
		}
		assertThat(this.realm.users().searchByEmail(email, true)).extracting(UserRepresentation::getId)
			.containsExactly(userId);

		RoleRepresentation secretaryRole = this.realm.users()
			.get(userId)
			.roles()
			.realmLevel()
			.listAvailable()
			.stream()
			.filter((role) -> role.getName().equals(ClocherRealm.SECRETARY))
			.findFirst()
			.orElseThrow();
		this.realm.users().get(userId).roles().realmLevel().add(List.of(secretaryRole));
		assertThat(this.realm.users().get(userId).roles().realmLevel().listEffective())
			.extracting(RoleRepresentation::getName)
			.contains(ClocherRealm.SECRETARY);

		try (Response response = organization.members().addMember(userId)) {
			assertThat(response.getStatus()).isEqualTo(201);
		}
		assertThat(organization.members().search(email, true, 0, 10)).extracting(MemberRepresentation::getId)
			.containsExactly(userId);

		this.realm.users().get(userId).executeActionsEmail(List.of("UPDATE_PASSWORD"));
		try (Response response = organization.members().inviteExistingUser(userId)) {
			assertThat(response.getStatus()).isEqualTo(204);
		}
		assertThat(this.mail.waitForIncomingEmail(20_000, 2)).as("two e-mails reach the mail catcher").isTrue();
		MimeMessage[] messages = this.mail.getReceivedMessages();
		assertThat(messages)
			.allSatisfy((message) -> assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email));
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

	@Test
	void cannotReadRoleDefinitionsSoItFindsTheSecretaryRoleThroughTheUser() {
		assertThatThrownBy(() -> this.realm.roles().get(ClocherRealm.SECRETARY).toRepresentation())
			.isInstanceOf(ForbiddenException.class);
	}

	private static void removeOrganizationAsAdmin(String alias) {
		RealmResource admin = TestKeycloak.realm();
		admin.organizations()
			.getAll()
			.stream()
			.filter((organization) -> alias.equals(organization.getAlias()))
			.forEach((organization) -> admin.organizations().get(organization.getId()).delete().close());
	}

}
