package fr.clocher.gateway.access;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import fr.clocher.gateway.testsupport.Backends;
import fr.clocher.gateway.testsupport.GatewayClient;
import fr.clocher.gateway.testsupport.RecordingBackend;
import fr.clocher.gateway.testsupport.RecordingBackend.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune's hosts (its subdomain of the platform, its custom domains) serve its public
 * site and nothing else: the API, the admin and sign-in answer 404 from the gateway there
 * and reach no backend. They live on the platform's own hosts only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "clocher.gateway.platform-hosts=localhost,127.0.0.1,Admin.Clocher.example")
class CommuneHostsTests {

	@RegisterExtension
	static final Backends backends = Backends.start();

	private static final RecordingBackend tenantService = backends.tenantService();

	private static final RecordingBackend portalUi = backends.portalUi();

	private static final RecordingBackend keycloak = backends.keycloak();

	@LocalServerPort
	private int port;

	private GatewayClient client;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		backends.register(registry);
	}

	@BeforeEach
	void client() {
		this.client = new GatewayClient(this.port);
	}

	@AfterEach
	void nothingElseReachedTheBackends() {
		backends.assertNothingReceived();
	}

	static Stream<Arguments> communeHostsAndPlatformPaths() {
		List<String> hosts = List.of("aureville.clocher.localhost", "aureville.clocher.localhost:8080",
				"www.mairie-aureville.fr", "localhost.mairie-aureville.fr", "127.0.0.1.nip.io");
		List<String> paths = List.of("/api/docs", "/api/platform/tenants", "/api", "/admin/", "/admin",
				"/admin/operator/tenants", "/auth/admin/master/console/", "/auth/realms/clocher/account",
				"/auth/realms/clocher/protocol/openid-connect/auth?client_id=portal-ui",
				"/auth/resources/x/login/a.css");
		return hosts.stream().flatMap((host) -> paths.stream().map((path) -> Arguments.of(host, path)));
	}

	@ParameterizedTest
	@MethodSource("communeHostsAndPlatformPaths")
	void platformPathsAreNotFoundOnCommuneHosts(String host, String path) throws Exception {
		HttpResponse<String> response = this.client.get(path, "Host", host, "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.body()).contains("<html lang=\"fr\">", "<h1>Page introuvable</h1>")
			.doesNotContain("Exception");
	}

	@Test
	void apiClientsOnACommuneHostGetAProblemDocument() throws Exception {
		HttpResponse<String> response = this.client.get("/api/platform/tenants", "Host",
				"aureville.clocher.localhost:8080", "Accept", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":404", "\"title\":\"Not Found\"");
	}

	@Test
	void otherMethodsAreRefusedToo() throws Exception {
		HttpResponse<String> response = this.client.post("/api/platform/communes", "inseeCode=31506", "Host",
				"aureville.clocher.localhost");
		assertThat(response.statusCode()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/", "/actualites?page=2", "/c/aureville/", "/apiculture", "/administration", "/authentique" })
	void communeHostsStillServeTheirPublicSite(String path) throws Exception {
		HttpResponse<String> response = this.client.get(path, "Host", "www.mairie-aureville.fr");
		assertThat(response.statusCode()).isEqualTo(200);
		Received received = tenantService.next();
		assertThat(received.uri()).isEqualTo(path);
		assertThat(received.header("host")).isEqualTo("www.mairie-aureville.fr");
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "localhost:8080", "LocalHost:8080", "127.0.0.1:8080", "admin.clocher.example",
			"ADMIN.CLOCHER.EXAMPLE:443" })
	void platformHostsServeTheAdminTheApiAndSignIn(String host) throws Exception {
		assertThat(this.client.get("/admin/", "Host", host).statusCode()).isEqualTo(200);
		assertThat(portalUi.next().uri()).isEqualTo("/admin/");
		assertThat(this.client.get("/api/platform/tenants", "Host", host).statusCode()).isEqualTo(200);
		assertThat(tenantService.next().uri()).isEqualTo("/api/platform/tenants");
		assertThat(this.client.get("/auth/realms/clocher/account", "Host", host).statusCode()).isEqualTo(200);
		assertThat(keycloak.next().uri()).isEqualTo("/auth/realms/clocher/account");
	}

	@Test
	void theSlugPathOnThePlatformHostReachesThePublicSites() throws Exception {
		HttpResponse<String> response = this.client.get("/c/aureville/actualites", "Host", "localhost:8080");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(tenantService.next().uri()).isEqualTo("/c/aureville/actualites");
	}

	@Test
	void theGatewaysOwnHealthStaysOnEveryHost() throws Exception {
		HttpResponse<String> response = this.client.get("/actuator/health", "Host", "aureville.clocher.localhost");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

}
