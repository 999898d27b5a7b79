package fr.clocher.kernel.keycloak.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

import fr.clocher.kernel.keycloak.ClocherRealm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in portal-ui performs, done by hand as a browser and Spring Security would:
 * authorization code with PKCE S256 and the scopes {@code openid organization:*}, the
 * login form, then the code exchanged with the client secret. A secretary of two communes
 * is not asked to pick one, and her token names both.
 */
class PortalSignInTests {

	private static final String CALLBACK = "http://localhost:8080/admin/login/oauth2/code/keycloak";

	private final KeycloakBrowser browser = new KeycloakBrowser();

	@Test
	void aSecretaryOfTwoCommunesSignsInThroughThePortalClient() throws Exception {
		TestKeycloak.createOrganization("escalquens", "Escalquens");
		TestKeycloak.createOrganization("auzeville-tolosane", "Auzeville-Tolosane");
		TestKeycloak.createUser("secretaire.portail", "secretaire.portail@example.test", "Secretariat-31!",
				ClocherRealm.SECRETARY);
		TestKeycloak.addMember("escalquens", "secretaire.portail");
		TestKeycloak.addMember("auzeville-tolosane", "secretaire.portail");

		String verifier = "a-verifier-of-at-least-forty-three-characters-0123456789";
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		HttpResponse<String> loginPage = this.browser.get(TestKeycloak.issuer() + "/protocol/openid-connect/auth?"
				+ form(Map.of("client_id", ClocherRealm.PORTAL_CLIENT, "response_type", "code", "redirect_uri",
						CALLBACK, "scope", "openid " + ClocherRealm.ALL_ORGANIZATIONS_SCOPE, "state", "st", "nonce",
						"no", "code_challenge", challenge, "code_challenge_method", "S256")));
		assertThat(loginPage.statusCode()).isEqualTo(200);
		// With organizations on, Keycloak asks for the username first, then the password.
		HttpResponse<String> signedIn = loginPage;
		for (int step = 0; step < 3 && signedIn.statusCode() == 200; step++) {
			String action = KeycloakBrowser.formAction(signedIn.body())
				.orElseThrow(() -> new AssertionError("no login form"));
			signedIn = this.browser.post(action,
					Map.of("username", "secretaire.portail", "password", "Secretariat-31!"));
		}
		assertThat(signedIn.statusCode())
			.as("redirected back to the portal, no organization to pick: %s", signedIn.body())
			.isEqualTo(302);
		String location = signedIn.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(CALLBACK);
		String code = URI.create(location).getQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1");

		HttpResponse<String> tokens = this.browser.post(TestKeycloak.tokenUri(),
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", CALLBACK, "code_verifier",
						verifier, "client_id", ClocherRealm.PORTAL_CLIENT, "client_secret",
						TestKeycloak.clientSecret(ClocherRealm.PORTAL_CLIENT)));
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		Map<?, ?> body = JsonSerialization.readValue(tokens.body(), Map.class);
		Map<String, Object> claims = TestKeycloak.claims(String.valueOf(body.get("access_token")));
		assertThat(claims.get("azp")).isEqualTo(ClocherRealm.PORTAL_CLIENT);
		assertThat(claims.get("iss")).isEqualTo(TestKeycloak.issuer());
		assertThat(list(claims.get("aud"))).contains(ClocherRealm.API_AUDIENCE);
		assertThat(list(((Map<?, ?>) claims.get("realm_access")).get("roles"))).contains(ClocherRealm.SECRETARY);
		assertThat(list(claims.get(ClocherRealm.ORGANIZATION_CLAIM))).containsExactlyInAnyOrder("escalquens",
				"auzeville-tolosane");
	}

	private static List<Object> list(Object claim) {
		return List.<Object>copyOf((List<?>) claim);
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
