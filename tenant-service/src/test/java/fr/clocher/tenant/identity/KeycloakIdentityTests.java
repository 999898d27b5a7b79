package fr.clocher.tenant.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.keycloak.ClocherRealm;
import fr.clocher.kernel.keycloak.test.AccountApi;
import fr.clocher.kernel.keycloak.test.InvitationMailbox;
import fr.clocher.kernel.keycloak.test.TestKeycloak;
import fr.clocher.kernel.test.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Identity end to end against a real Keycloak with the platform's realm: tokens issued by
 * Keycloak to real users, organizations provisioned by tenant-service, secretaries who
 * join by following the invitation mailed to them, and the takeover that invitation
 * prevents.
 */
@IntegrationTest
@AutoConfigureMockMvc
class KeycloakIdentityTests {

	static final String PASSWORD = "Mot-de-passe-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static String operatorToken;

	private final Map<String, Boolean> registered = new HashMap<>();

	private InvitationMailbox mailbox;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry properties) {
		properties.add("clocher.security.issuer", TestKeycloak::issuer);
		properties.add("clocher.security.jwk-set-uri", TestKeycloak::jwkSetUri);
		properties.add("clocher.keycloak.server-url", TestKeycloak::baseUrl);
		properties.add("clocher.keycloak.retry-every", () -> "PT1H");
		properties.add("clocher.keycloak.client-secret",
				() -> TestKeycloak.clientSecret(ClocherRealm.PROVISIONER_CLIENT));
	}

	@BeforeEach
	void openMailbox() {
		this.mailbox = InvitationMailbox.open();
	}

	@AfterEach
	void closeMailbox() {
		this.mailbox.close();
	}

	@BeforeAll
	static void anOperator() {
		String name = "operateur-" + UUID.randomUUID().toString().substring(0, 6);
		TestKeycloak.createUser(name, name + "@metropole.test", PASSWORD, "platform-operator");
		operatorToken = TestKeycloak.accessToken(name, PASSWORD);
	}

	@Test
	void onboardingProvisionsTheOrganizationAndInvitesTheSecretaryWhoJoinsByFollowingTheLink() throws Exception {
		String email = "secretaire-" + UUID.randomUUID().toString().substring(0, 6) + "@mairie.test";
		String slug = onboard("07001", email);

		OrganizationRepresentation organization = organization(slug);
		assertThat(organization.getName()).isEqualTo("Accons");
		assertThat(organization.isEnabled()).isTrue();
		assertThat(members(organization)).as("nobody is a member before following the invitation").isEmpty();

		asOperator(post("/api/platform/tenants/{t}/secretaries", slug).contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email.toUpperCase() + "\"}")).andExpect(status().isAccepted());
		awaitProvisioned(slug);
		assertThat(organizations(slug)).hasSize(1);

		secretaryToken(email);
		UserRepresentation user = TestKeycloak.realm().users().searchByEmail(email, true).get(0);
		assertThat(user.isEmailVerified()).isTrue();
		assertThat(members(organization)).extracting(UserRepresentation::getId).containsExactly(user.getId());
	}

	/**
	 * A Keycloak reinstalled (the run command's state deleted, say) has lost what the
	 * registry says was provisioned: reconciling provisions it again, and the secretary
	 * joins by following the invitation sent again.
	 */
	@Test
	void aTenantKeycloakLostIsProvisionedAgainAndItsSecretaryInvitedAgain() throws Exception {
		String email = "secretaire-" + UUID.randomUUID().toString().substring(0, 6) + "@mairie.test";
		String slug = onboard("07010", email);
		String firstInvitation = this.mailbox.awaitInvitationLink(email);
		OrganizationRepresentation lost = organization(slug);
		TestKeycloak.realm().organizations().get(lost.getId()).delete().close();
		assertThat(organizations(slug)).isEmpty();

		asOperator(post("/api/platform/provisioning/reconcile")).andExpect(status().isOk())
			.andExpect(jsonPath("$.tenantsProvisionedAgain").value(greaterThanOrEqualTo(1)));
		awaitProvisioned(slug);

		OrganizationRepresentation again = organization(slug);
		assertThat(again.getId()).isNotEqualTo(lost.getId());
		assertThat(again.isEnabled()).isTrue();
		this.mailbox.register(this.mailbox.awaitInvitationLinkAfter(email, firstInvitation), email, PASSWORD);
		this.registered.put(email, true);
		assertThat(TestKeycloak.claims(secretaryToken(email)).get("organization").toString()).contains(slug);
		asOperator(post("/api/platform/provisioning/reconcile")).andExpect(status().isOk());
		assertThat(organizations(slug)).as("nothing provisioned twice").hasSize(1);
	}

	@Test
	void aSecretaryCannotMakeHerselfSecretaryOfAnotherCommuneByTakingItsAddress() throws Exception {
		String attacker = "secretaire-a-" + UUID.randomUUID().toString().substring(0, 6) + "@mairie-a.test";
		String communeA = onboard("07008", attacker);
		String attackerToken = secretaryToken(attacker);
		String townHallOfD = "mairie-" + UUID.randomUUID().toString().substring(0, 6) + "@commune-d.test";

		AccountApi.changeOwnEmail(attackerToken, attacker, townHallOfD);
		String communeD = onboard("07009", townHallOfD);
		asOperator(put("/api/platform/tenants/{t}/modules/notes", communeD).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\":true}")).andExpect(status().isOk());

		String afterwards = TestKeycloak.accessToken(attacker, PASSWORD);
		assertThat(TestKeycloak.claims(afterwards).get("organization").toString()).contains(communeA)
			.doesNotContain(communeD);
		this.mvc
			.perform(get("/api/tenants/{t}/notes", communeD).header(HttpHeaders.AUTHORIZATION, "Bearer " + afterwards))
			.andExpect(status().isForbidden());
		assertThat(members(organization(communeD))).isEmpty();

		String owner = secretaryToken(townHallOfD);
		assertThat(TestKeycloak.claims(owner).get("organization").toString()).contains(communeD);
		assertThat(members(organization(communeD))).extracting(UserRepresentation::getEmail)
			.containsExactly(townHallOfD);
		assertThat(TestKeycloak.claims(TestKeycloak.accessToken(attacker, PASSWORD)).get("organization").toString())
			.doesNotContain(communeD);
	}

	@Test
	void aSecretarysTokenIsAcceptedOnHerCommuneAndRefusedOnAnother() throws Exception {
		String email = "secretaire-" + UUID.randomUUID().toString().substring(0, 6) + "@mairie.test";
		String communeA = onboard("07002", email);
		String communeB = onboard("07003", null);
		for (String commune : List.of(communeA, communeB)) {
			asOperator(put("/api/platform/tenants/{t}/modules/notes", commune).contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\":true}")).andExpect(status().isOk());
		}
		String token = secretaryToken(email);
		assertThat(TestKeycloak.claims(token).get("organization").toString()).contains(communeA);

		this.mvc.perform(get("/api/tenants/{t}/notes", communeA).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/tenants/{t}/notes", communeB).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/platform/tenants").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/platform/tenants").header(HttpHeaders.AUTHORIZATION, "Bearer tampered." + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theChangeLogNamesASecretaryByHerIdAndUsernameNotByTheNameSheEdits() throws Exception {
		String email = "secretaire-" + UUID.randomUUID().toString().substring(0, 6) + "@mairie.test";
		String commune = onboard("07006", email);
		secretaryToken(email);
		UserRepresentation user = TestKeycloak.realm().users().searchByEmail(email, true).get(0);
		user.setFirstName("Le");
		user.setLastName("Maire");
		TestKeycloak.realm().users().get(user.getId()).update(user);
		String token = TestKeycloak.accessToken(email, PASSWORD);
		assertThat(TestKeycloak.claims(token)).containsEntry("name", "Le Maire")
			.containsEntry("preferred_username", email)
			.containsEntry("sub", user.getId());

		this.mvc
			.perform(put("/api/tenants/{t}/modules/notes", commune).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\":true}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/tenants/{t}/changes?limit=1", commune).header(HttpHeaders.AUTHORIZATION,
					"Bearer " + token))
			.andExpect(jsonPath("$[0].actor").value(email))
			.andExpect(jsonPath("$[0].actorId").value(user.getId()));
	}

	@Test
	void suspendingACommuneStopsItsSecretaryAndResumingRestoresHer() throws Exception {
		String email = "secretaire-" + UUID.randomUUID().toString().substring(0, 6) + "@mairie.test";
		String commune = onboard("07004", email);
		asOperator(put("/api/platform/tenants/{t}/modules/notes", commune).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\":true}")).andExpect(status().isOk());
		String token = secretaryToken(email);

		asOperator(post("/api/platform/tenants/{t}/suspend", commune)).andExpect(status().isOk());
		awaitProvisioned(commune);
		assertThat(organization(commune).isEnabled()).isFalse();
		this.mvc.perform(get("/api/tenants/{t}/notes", commune).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("tenant-suspended"));

		asOperator(post("/api/platform/tenants/{t}/resume", commune)).andExpect(status().isOk());
		awaitProvisioned(commune);
		assertThat(organization(commune).isEnabled()).isTrue();
		this.mvc
			.perform(get("/api/tenants/{t}/notes", commune).header(HttpHeaders.AUTHORIZATION,
					"Bearer " + secretaryToken(email)))
			.andExpect(status().isOk());
	}

	@Test
	void aTaskLeftPendingByAnOutageIsCarriedOutByTheRetry() throws Exception {
		String slug = onboard("07005", null);
		UUID tenant = this.jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single();
		String email = "apres-panne-" + UUID.randomUUID().toString().substring(0, 6) + "@mairie.test";
		this.jdbc.sql("""
				insert into provisioning_task (id, tenant_id, kind, argument, status, attempts, last_error,
				    next_attempt_at, created_at)
				values (?, ?, 'SECRETARY', ?, 'PENDING', 3, 'Connection refused', ?, ?)
				""")
			.params(UUID.randomUUID(), tenant, email, OffsetDateTime.now().minusSeconds(1), OffsetDateTime.now())
			.update();
		asOperator(get("/api/platform/tenants/{t}", slug)).andExpect(jsonPath("$.provisioning.status").value("PENDING"))
			.andExpect(jsonPath("$.provisioning.lastError").value("Connection refused"));

		asOperator(post("/api/platform/provisioning/retry")).andExpect(status().isOk())
			.andExpect(jsonPath("$.pendingTasks").isNumber());

		asOperator(get("/api/platform/tenants/{t}", slug)).andExpect(jsonPath("$.provisioning.status").value("DONE"));
		assertThat(this.mailbox.awaitInvitationLink(email)).contains("/realms/clocher/");
	}

	/**
	 * An attempt that created the organization but whose success was never recorded (the
	 * service stopped before its commit): the next attempt, which creates without
	 * searching first, finds the organization Keycloak has instead of failing or making a
	 * second one, and invites the secretary into it.
	 */
	@Test
	void anOrganizationCreatedByAnAttemptNeverRecordedIsFoundAgainNotDuplicated() throws Exception {
		String slug = onboard("07011", null);
		String created = organization(slug).getId();
		UUID tenant = this.jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single();
		this.jdbc
			.sql("update provisioning_task set status = 'PENDING', attempts = 0, done_at = null,"
					+ " next_attempt_at = ?" + " where tenant_id = ? and kind = 'ORGANIZATION'")
			.params(OffsetDateTime.now().minusSeconds(1), tenant)
			.update();
		String email = "apres-reprise-" + UUID.randomUUID().toString().substring(0, 6) + "@mairie.test";
		asOperator(post("/api/platform/tenants/{t}/secretaries", slug).contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());

		awaitProvisioned(slug);

		assertThat(organizations(slug)).extracting(OrganizationRepresentation::getId).containsExactly(created);
		assertThat(this.jdbc.sql("select count(*) from provisioning_task where tenant_id = ? and attempts <> 1")
			.param(tenant)
			.query(Long.class)
			.single()).as("each task done at its first attempt").isZero();
		assertThat(this.mailbox.awaitInvitationLink(email)).contains("/realms/clocher/");
	}

	private String onboard(String inseeCode, String secretaryEmail) throws Exception {
		String body = "{\"inseeCode\":\"" + inseeCode + "\""
				+ ((secretaryEmail != null) ? ",\"secretaryEmail\":\"" + secretaryEmail + "\"" : "") + "}";
		String response = asOperator(
				post("/api/platform/communes").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String slug = JsonPath.read(response, "$.tenant.slug");
		awaitProvisioned(slug);
		return slug;
	}

	private void awaitProvisioned(String slug) {
		Awaitility.await("provisioning of " + slug)
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> JsonPath.read(
					asOperator(get("/api/platform/tenants/{t}", slug)).andReturn().getResponse().getContentAsString(),
					"$.provisioning.status"), "DONE"::equals);
	}

	/**
	 * The secretary's token, after she followed her invitation and created her account
	 * (once).
	 */
	private String secretaryToken(String email) throws Exception {
		if (this.registered.putIfAbsent(email, true) == null) {
			this.mailbox.register(this.mailbox.awaitInvitationLink(email), email, PASSWORD);
		}
		return TestKeycloak.accessToken(email, PASSWORD);
	}

	private static List<? extends UserRepresentation> members(OrganizationRepresentation organization) {
		return TestKeycloak.realm().organizations().get(organization.getId()).members().getAll();
	}

	private List<OrganizationRepresentation> organizations(String slug) {
		UUID tenant = this.jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single();
		return TestKeycloak.realm().organizations().searchByAttribute("clocher-tenant-id:" + tenant);
	}

	private OrganizationRepresentation organization(String slug) {
		List<OrganizationRepresentation> found = organizations(slug);
		assertThat(found).singleElement().extracting(OrganizationRepresentation::getAlias).isEqualTo(slug);
		return found.get(0);
	}

	private ResultActions asOperator(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + operatorToken));
	}

}
