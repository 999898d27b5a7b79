package fr.clocher.kernel.keycloak.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

import fr.clocher.kernel.keycloak.ClocherRealm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the realm file sets up, read back from a Keycloak that imported it.
 */
class ClocherRealmTests {

	private static final String CALLBACK = "http://localhost:8080/admin/login/oauth2/code/keycloak";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theRealmHasOrganizationsFrenchFirstAndBruteForceProtection() {
		RealmRepresentation realm = TestKeycloak.realm().toRepresentation();
		assertThat(realm.isOrganizationsEnabled()).isTrue();
		assertThat(realm.isInternationalizationEnabled()).isTrue();
		assertThat(realm.getSupportedLocales()).containsExactlyInAnyOrder("fr", "en");
		assertThat(realm.getDefaultLocale()).isEqualTo("fr");
		assertThat(realm.isBruteForceProtected()).isTrue();
		assertThat(realm.getSmtpServer()).containsEntry("host", "127.0.0.1")
			.containsEntry("port", String.valueOf(TestKeycloak.smtpPort()));
		assertThat(TestKeycloak.realm().roles().list().stream().map(RoleRepresentation::getName))
			.contains(ClocherRealm.PLATFORM_OPERATOR, ClocherRealm.SECRETARY);
	}

	@Test
	void theRealmFileHoldsNoSecretAndNoDevelopmentAddress() throws Exception {
		String file = Files.readString(ClocherRealm.locateFile());
		assertThat(file).doesNotContain("\"secret\"").doesNotContain("dev-secret").doesNotContain("http://localhost");
		for (String client : ClocherRealm.CONFIDENTIAL_CLIENTS) {
			assertThat(TestKeycloak.realm().clients().get(client(client).getId()).getSecret().getValue())
				.as("the secret this JVM gave %s, not one from a file", client)
				.isEqualTo(TestKeycloak.clientSecret(client));
		}
	}

	@Test
	void emailsAreVerifiedPasswordsAreLongAndLifetimesExplicit() {
		RealmRepresentation realm = TestKeycloak.realm().toRepresentation();
		assertThat(realm.isVerifyEmail()).isTrue();
		assertThat(realm.isRegistrationAllowed()).as("people join by invitation only").isFalse();
		assertThat(realm.getPasswordPolicy()).contains("length(12)", "notUsername", "notEmail");
		assertThat(realm.getAccessTokenLifespan()).isEqualTo(300);
		assertThat(realm.getSsoSessionIdleTimeout()).isEqualTo(1800);
		assertThat(realm.getSsoSessionMaxLifespan()).isEqualTo(36000);
		assertThat(realm.getActionTokenGeneratedByAdminLifespan()).as("invitations last days")
			.isGreaterThanOrEqualTo(3 * 24 * 3600);
		assertThat(TestKeycloak.realm().flows().getRequiredAction("UPDATE_EMAIL").isEnabled())
			.as("an e-mail change is verified before it takes effect")
			.isTrue();
		assertThatThrownBy(() -> TestKeycloak.createUser("court", "court@example.test", "Court-1!"))
			.hasMessageContaining("400");
	}

	@Test
	void thePortalIsAConfidentialCodeFlowClientWithPkceAndTheApiAudience() {
		ClientRepresentation portal = client(ClocherRealm.PORTAL_CLIENT);
		assertThat(portal.isPublicClient()).isFalse();
		assertThat(portal.isStandardFlowEnabled()).isTrue();
		assertThat(portal.isDirectAccessGrantsEnabled()).isFalse();
		assertThat(portal.isImplicitFlowEnabled()).isFalse();
		assertThat(portal.isServiceAccountsEnabled()).isFalse();
		assertThat(portal.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
		assertThat(portal.getRedirectUris()).as("only the platform's address, given at import")
			.containsExactly(TestKeycloak.PUBLIC_URL + "/admin/*");
		assertThat(portal.getDefaultClientScopes()).contains("organization", "roles");
		assertThat(portal.getProtocolMappers()).extracting(ProtocolMapperRepresentation::getProtocolMapper)
			.contains("oidc-audience-mapper");
		assertThat(TestKeycloak.realm().clients().get(portal.getId()).getSecret().getValue())
			.isEqualTo(TestKeycloak.clientSecret(ClocherRealm.PORTAL_CLIENT));
	}

	@Test
	void theProvisionerHasAServiceAccountAndNoBrowserFlow() {
		ClientRepresentation provisioner = client(ClocherRealm.PROVISIONER_CLIENT);
		assertThat(provisioner.isPublicClient()).isFalse();
		assertThat(provisioner.isServiceAccountsEnabled()).isTrue();
		assertThat(provisioner.isStandardFlowEnabled()).isFalse();
		assertThat(provisioner.isDirectAccessGrantsEnabled()).isFalse();
		assertThat(provisioner.isImplicitFlowEnabled()).isFalse();
	}

	@Test
	void theTestClientIsNotInTheRealmFile() throws Exception {
		String file = Files.readString(ClocherRealm.locateFile());
		assertThat(file).doesNotContain(TestKeycloak.TEST_CLIENT).doesNotContain("\"directAccessGrantsEnabled\": true");
		assertThat(client(TestKeycloak.TEST_CLIENT).isDirectAccessGrantsEnabled()).isTrue();
	}

	@Test
	void theLoginPageSpeaksFrenchByDefaultAndEnglishOnRequest() throws Exception {
		HttpResponse<String> french = send(authorization(CALLBACK, true), null);
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(french.body()).contains("lang=\"fr\"").contains("Se connecter à Clocher");
		HttpResponse<String> english = send(authorization(CALLBACK, true), "en");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("lang=\"en\"").contains("Sign in to Clocher");
	}

	@Test
	void theLoginPageAcceptsOnlyThePortalBehindThePlatformsAddress() throws Exception {
		assertThat(send(authorization(CALLBACK, true), null).statusCode()).isEqualTo(200);
		String direct = "http://localhost:8082/admin/login/oauth2/code/keycloak";
		assertThat(send(authorization(direct, true), null).statusCode()).as("no development address").isEqualTo(400);
		assertThat(send(authorization("http://evil.example/admin/x", true), null).statusCode()).isEqualTo(400);
	}

	@Test
	void pkceIsRequired() throws Exception {
		HttpResponse<String> response = send(authorization(CALLBACK, false), null);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith(CALLBACK).contains("error=invalid_request"));
	}

	@Test
	void repeatedWrongPasswordsLockTheAccount() throws Exception {
		String id = TestKeycloak.createUser("brute.force", "brute.force@example.test", "Bon-mot-de-passe-1");
		RealmResource realm = TestKeycloak.realm();
		for (int i = 0; i < 6; i++) {
			assertThat(passwordGrant("brute.force", "mauvais-" + i)).isBetween(400, 401);
		}
		assertThat(passwordGrant("brute.force", "Bon-mot-de-passe-1")).as("locked, even with the right password")
			.isNotEqualTo(200);
		Map<String, Object> status = realm.attackDetection().bruteForceUserStatus(id);
		assertThat(status).containsEntry("disabled", true);
	}

	private static ClientRepresentation client(String clientId) {
		List<ClientRepresentation> clients = TestKeycloak.realm().clients().findByClientId(clientId);
		assertThat(clients).hasSize(1);
		return clients.get(0);
	}

	private static String authorization(String redirectUri, boolean pkce) {
		String url = TestKeycloak.issuer() + "/protocol/openid-connect/auth?client_id=" + ClocherRealm.PORTAL_CLIENT
				+ "&response_type=code&scope=openid&state=s&nonce=n&redirect_uri="
				+ URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
		return pkce ? url + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
				: url;
	}

	private HttpResponse<String> send(String url, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int passwordGrant(String username, String password) throws Exception {
		String form = "grant_type=password&client_id=" + TestKeycloak.TEST_CLIENT + "&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(TestKeycloak.tokenUri()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

}
