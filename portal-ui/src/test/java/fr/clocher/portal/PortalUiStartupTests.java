package fr.clocher.portal;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.clocher.portal.signin.FakeKeycloak;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts portal-ui on a random port (development mode, Vaadin's precompiled dev bundle,
 * no Node, no Keycloak: a stand-in answers or not at its address) and checks the way in:
 * who is not signed in is sent to Keycloak with PKCE, through the gateway's address, and
 * learns in French when Keycloak does not answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PortalUiStartupTests {

	private static final FakeKeycloak keycloak = FakeKeycloak.start();

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("clocher.auth.public-url", keycloak::baseUrl);
		registry.add("clocher.auth.internal-url", keycloak::baseUrl);
	}

	@AfterEach
	void keycloakUp() {
		keycloak.answer(200);
	}

	@AfterAll
	static void stopKeycloak() {
		keycloak.close();
	}

	@Test
	void probesAndMetricsAnswerWithoutSigningInOrASession() throws Exception {
		for (String group : new String[] { "liveness", "readiness" }) {
			HttpResponse<String> probe = get("/admin/actuator/health/" + group, Map.of());
			assertThat(probe.statusCode()).isEqualTo(200);
			assertThat(probe.body()).contains("\"status\":\"UP\"");
		}
		HttpResponse<String> metrics = get("/admin/actuator/prometheus", Map.of());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(metrics.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void whoIsNotSignedInIsSentToSignIn() throws Exception {
		HttpResponse<String> response = get("/admin/", Map.of());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).isEqualTo(local("/admin/oauth2/authorization/keycloak"));
	}

	@Test
	void signInGoesToKeycloaksPublicAddressWithPkceAndComesBackThroughTheGateway() throws Exception {
		HttpResponse<String> response = get("/admin/oauth2/authorization/keycloak",
				Map.of("X-Forwarded-Proto", "http", "X-Forwarded-Host", "localhost:8080", "X-Forwarded-Port", "8080"));
		assertThat(response.statusCode()).isEqualTo(302);
		String location = location(response);
		assertThat(location).startsWith(keycloak.baseUrl() + "/realms/clocher/protocol/openid-connect/auth?");
		Map<String, String> query = query(location);
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("client_id", "clocher-portal")
			.containsEntry("scope", "openid profile email organization:*")
			.containsEntry("redirect_uri", "http://localhost:8080/admin/login/oauth2/code/keycloak")
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("state", "nonce", "code_challenge");
		assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
	}

	@Test
	void whenKeycloakDoesNotAnswerSignInEndsOnAFrenchPage() throws Exception {
		keycloak.answer(503);
		HttpResponse<String> response = get("/admin/oauth2/authorization/keycloak", Map.of());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).isEqualTo(local("/admin/connexion-impossible"));
		HttpResponse<String> page = get("/admin/connexion-impossible", Map.of());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"fr\"").contains("window.Vaadin");
	}

	@Test
	void aFailedReturnFromKeycloakEndsOnTheSamePage() throws Exception {
		HttpResponse<String> response = get("/admin/login/oauth2/code/keycloak?code=forged&state=forged", Map.of());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).isEqualTo(local("/admin/connexion-impossible"));
	}

	@Test
	void answersNothingOutsideAdmin() throws Exception {
		assertThat(get("/", Map.of()).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(local(path)));
		headers.forEach(request::header);
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String local(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static Map<String, String> query(String url) {
		return Arrays.stream(URI.create(url).getRawQuery().split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

}
