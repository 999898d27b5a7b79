package fr.clocher.gateway;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;

import fr.clocher.gateway.testsupport.Backends;
import fr.clocher.gateway.testsupport.GatewayClient;
import fr.clocher.gateway.testsupport.RecordingBackend;
import fr.clocher.gateway.testsupport.RecordingBackend.Answer;
import fr.clocher.gateway.testsupport.RecordingBackend.Received;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the gateway on a random port in front of three real HTTP backends standing for
 * tenant-service, portal-ui and Keycloak, and checks which backend receives each form of
 * request, and what it receives.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayRoutingTests {

	static final String COMMUNE_HOST = "saint-orens.clocher.localhost";

	static final String UNKNOWN_COMMUNE_PAGE = """
			<!DOCTYPE html><html lang="fr"><head><title>Commune introuvable</title></head>\
			<body><h1>Commune introuvable</h1></body></html>""";

	static final String KEYCLOAK_CSP = "frame-src 'self'; frame-ancestors 'self'; object-src 'none';";

	static final String DEFAULT_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@RegisterExtension
	static final Backends backends = Backends.start(GatewayRoutingTests::tenantService, GatewayRoutingTests::keycloak);

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
	void forgetEarlierRequests() {
		this.client = new GatewayClient(this.port);
	}

	/**
	 * Like tenant-service: a commune is found by its host or its {@code /c/{slug}/} path,
	 * an unknown one gets a 404 page.
	 */
	private static Answer tenantService(Received request) {
		String path = request.path();
		if (path.startsWith("/api/")) {
			return Answer.text(200, "tenant-service saw " + request.uri());
		}
		String host = request.hostWithoutPort();
		if (COMMUNE_HOST.equals(host) || path.startsWith("/c/saint-orens/")) {
			return Answer.html(200, "<!DOCTYPE html><html lang=\"fr\"><body><h1>Saint-Orens</h1></body></html>");
		}
		if (host.endsWith(".clocher.localhost") || path.startsWith("/c/")) {
			return Answer.html(404, UNKNOWN_COMMUNE_PAGE);
		}
		return Answer.text(200, "tenant-service saw " + request.uri());
	}

	/**
	 * Like Keycloak: its login page carries its own CSP and frame options.
	 */
	private static Answer keycloak(Received request) {
		if (request.path().endsWith("/protocol/openid-connect/auth")) {
			return new Answer(200, Map.of("Content-Type", "text/html; charset=utf-8", "Content-Security-Policy",
					KEYCLOAK_CSP, "X-Frame-Options", "SAMEORIGIN"), "<html><body>Se connecter</body></html>");
		}
		return Answer.text(200, "keycloak saw " + request.uri());
	}

	@Test
	void communeHostReachesTenantServiceWithItsHostKept() throws Exception {
		HttpResponse<String> response = this.client.get("/actualites?page=2", "Host", COMMUNE_HOST);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<h1>Saint-Orens</h1>");
		Received received = tenantService.next();
		assertThat(received.uri()).isEqualTo("/actualites?page=2");
		assertThat(received.header("host")).isEqualTo(COMMUNE_HOST);
		assertThat(received.header("x-forwarded-host")).isEqualTo(COMMUNE_HOST);
		assertThat(portalUi.receivedNothing()).isTrue();
		assertThat(keycloak.receivedNothing()).isTrue();
	}

	@Test
	void slugPathReachesTenantServiceUnchanged() throws Exception {
		HttpResponse<String> response = this.client.get("/c/saint-orens/actualites?page=2");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<h1>Saint-Orens</h1>");
		Received received = tenantService.next();
		assertThat(received.uri()).isEqualTo("/c/saint-orens/actualites?page=2");
		assertThat(received.header("host")).isEqualTo(this.client.hostHeader());
		assertThat(portalUi.receivedNothing()).isTrue();
	}

	@Test
	void adminReachesPortalUiWithPathAndForwardedHeaders() throws Exception {
		HttpResponse<String> response = this.client.get("/admin/x?y=1");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("portal-ui saw /admin/x?y=1");
		Received received = portalUi.next();
		assertThat(received.uri()).isEqualTo("/admin/x?y=1");
		assertThat(received.header("host")).isEqualTo(this.client.hostHeader());
		assertThat(received.header("x-forwarded-host")).isEqualTo(this.client.hostHeader());
		assertThat(received.header("x-forwarded-proto")).isEqualTo("http");
		assertThat(received.header("x-forwarded-port")).isEqualTo(Integer.toString(this.port));
		assertThat(received.header("x-forwarded-for")).isEqualTo("127.0.0.1");
		assertThat(tenantService.receivedNothing()).isTrue();
	}

	@Test
	void apiReachesTenantServiceWithTheBearerTokenRelayed() throws Exception {
		String authorization = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWNyZXRhaXJlIn0.c2lnbmF0dXJl";
		HttpResponse<String> response = this.client.get("/api/platform/tenants?page=0", "Authorization", authorization);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("tenant-service saw /api/platform/tenants?page=0");
		Received received = tenantService.next();
		assertThat(received.uri()).isEqualTo("/api/platform/tenants?page=0");
		assertThat(received.header("authorization")).isEqualTo(authorization);
		assertThat(portalUi.receivedNothing()).isTrue();
	}

	@Test
	void authReachesKeycloakWithPathAndPublicHost() throws Exception {
		String path = "/auth/realms/clocher/protocol/openid-connect/auth?client_id=portal-ui&response_type=code";
		HttpResponse<String> response = this.client.get(path, "Host", "localhost:8080");
		assertThat(response.statusCode()).isEqualTo(200);
		Received received = keycloak.next();
		assertThat(received.uri()).isEqualTo(path);
		assertThat(received.header("host")).isEqualTo("localhost:8080");
		assertThat(received.header("x-forwarded-host")).isEqualTo("localhost:8080");
		assertThat(received.header("x-forwarded-proto")).isEqualTo("http");
		assertThat(received.header("x-forwarded-port")).isEqualTo("8080");
		assertThat(tenantService.receivedNothing()).isTrue();
	}

	static Stream<Arguments> everyRoute() {
		return Stream.of(Arguments.of("/", COMMUNE_HOST, tenantService),
				Arguments.of("/c/saint-orens/", null, tenantService), Arguments.of("/admin/x", null, portalUi),
				Arguments.of("/api/platform/tenants", null, tenantService),
				Arguments.of("/auth/realms/clocher/account", null, keycloak));
	}

	@ParameterizedTest
	@MethodSource("everyRoute")
	void forgedTenantAndIdentityHeadersNeverReachTheBackend(String path, String host, RecordingBackend backend)
			throws Exception {
		String expectedHost = (host != null) ? host : this.client.hostHeader();
		HttpResponse<String> response = this.client.get(path, "Host", expectedHost, "X-Clocher-Tenant", "forged",
				"x-clocher-role", "operator", "X-Tenant-Id", "forged", "X-Forwarded-User", "forged",
				"X-Auth-Request-Email", "forged@example.org", "X-User-Id", "forged", "X-Remote-User", "forged",
				"X-Forwarded-For", "203.0.113.66", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
				"Forwarded", "for=203.0.113.66;host=evil.example", "X-Real-IP", "203.0.113.66", "X-Harmless", "kept");
		assertThat(response.statusCode()).isEqualTo(200);
		Received received = backend.next();
		assertThat(received.headers()).doesNotContainKeys("x-clocher-tenant", "x-clocher-role", "x-tenant-id",
				"x-forwarded-user", "x-auth-request-email", "x-user-id", "x-remote-user", "forwarded", "x-real-ip");
		assertThat(received.header("x-harmless")).isEqualTo("kept");
		assertThat(received.header("x-forwarded-for")).isEqualTo("127.0.0.1");
		assertThat(received.header("x-forwarded-host")).isEqualTo(expectedHost);
		assertThat(received.header("x-forwarded-proto")).isEqualTo("http");
	}

	@Test
	void unknownCommuneHostGetsTenantServicesNotFoundPage() throws Exception {
		HttpResponse<String> response = this.client.get("/", "Host", "inconnue.clocher.localhost");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).isEqualTo(UNKNOWN_COMMUNE_PAGE);
		assertThat(tenantService.next().header("host")).isEqualTo("inconnue.clocher.localhost");
	}

	@Test
	void unknownSlugGetsTenantServicesNotFoundPage() throws Exception {
		HttpResponse<String> response = this.client.get("/c/inconnue/");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(UNKNOWN_COMMUNE_PAGE);
		assertThat(tenantService.next().uri()).isEqualTo("/c/inconnue/");
	}

	@Test
	void managementEndpointsOfBackendsAreNotPublished() throws Exception {
		HttpResponse<String> backendActuator = this.client.get("/actuator/env");
		assertThat(backendActuator.statusCode()).isEqualTo(404);
		assertThat(backendActuator.body()).contains("<html lang=\"fr\">", "<h1>Page introuvable</h1>");
		HttpResponse<String> portalActuator = this.client.get("/admin/actuator/env");
		assertThat(portalActuator.statusCode()).isEqualTo(404);
		assertThat(tenantService.receivedNothing()).isTrue();
		assertThat(portalUi.receivedNothing()).isTrue();
	}

	@Test
	void gatewayProbesAndMetricsAnswerThisMachine() throws Exception {
		assertThat(this.client.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		assertThat(this.client.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
		HttpResponse<String> metrics = this.client.get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(tenantService.receivedNothing()).isTrue();
	}

	@Test
	void gatewayHealthIsServedByTheGatewayItself() throws Exception {
		HttpResponse<String> response = this.client.get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
		assertThat(tenantService.receivedNothing()).isTrue();
	}

	@Test
	void publicPagesCarryTheStrictSecurityHeadersButNoHstsOverPlainHttp() throws Exception {
		HttpResponse<String> response = this.client.get("/", "Host", COMMUNE_HOST);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(DEFAULT_CSP);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void hstsIsSentWhenTheClientCameOverTls() throws Exception {
		HttpResponse<String> response = this.client.get("/", "Host", COMMUNE_HOST, "X-Forwarded-Proto", "https");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
	}

	@Test
	void adminGetsThePolicyVaadinNeeds() throws Exception {
		HttpResponse<String> response = this.client.get("/admin/");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'",
					"connect-src 'self' ws: wss:", "frame-ancestors 'none'"));
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void keycloaksOwnPolicyIsKept() throws Exception {
		HttpResponse<String> login = this.client
			.get("/auth/realms/clocher/protocol/openid-connect/auth?client_id=portal-ui");
		assertThat(login.headers().allValues("Content-Security-Policy")).containsExactly(KEYCLOAK_CSP);
		assertThat(login.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		HttpResponse<String> other = this.client.get("/auth/realms/clocher/.well-known/openid-configuration");
		assertThat(other.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'self'"));
		assertThat(other.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
	}

	@Test
	void gatewayErrorPagesCarryTheSecurityHeaders() throws Exception {
		HttpResponse<String> response = this.client.get("/actuator/nothing-here");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(DEFAULT_CSP);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

}
