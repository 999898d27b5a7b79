package fr.clocher.gateway.access;

import fr.clocher.gateway.testsupport.Backends;
import fr.clocher.gateway.testsupport.RawHttpClient;
import fr.clocher.gateway.testsupport.RawHttpClient.Answer;
import fr.clocher.gateway.testsupport.RecordingBackend;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the platform host itself, only the platform realm's endpoints and Keycloak's static
 * files are published: the master realm and the admin console never are, whatever the
 * spelling of the path. Requests are written on a socket, so that their targets reach the
 * gateway exactly as an attacker would write them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KeycloakPublicationTests {

	@RegisterExtension
	static final Backends backends = Backends.start();

	private static final RecordingBackend keycloak = backends.keycloak();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		backends.register(registry);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/auth/admin/master/console/", "/auth/admin/", "/auth/admin",
			"/auth/admin/realms/clocher/users", "/auth/realms/master/", "/auth/realms/master",
			"/auth/realms/master/protocol/openid-connect/token", "/auth/realms/other/account",
			"/auth/realms/Master/account", "/auth/realms/MASTER/", "/auth/realms/CLOCHER/account",
			"/auth/realms/clocher2/account", "/auth/realms/", "/auth/realms", "/auth/", "/auth", "/auth/js/keycloak.js",
			"/auth/health", "/auth/metrics", "/auth/resources", "/auth?x=/auth/realms/clocher/" })
	void unpublishedKeycloakPathsAreNotFound(String target) throws Exception {
		Answer answer = get(target);
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.body()).contains("<html lang=\"fr\">", "<h1>Page introuvable</h1>");
		assertThat(answer.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		backends.assertNothingReceived();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/auth/realms/clocher/../master/protocol/openid-connect/auth",
			"/auth/realms/clocher/../../admin/master/console/", "/auth/realms/clocher/./../master/",
			"/auth/realms/clocher/%2e%2e/master/protocol/openid-connect/auth", "/auth/realms/clocher/%2E%2E/master/",
			"/auth/realms/clocher/.%2e/master/", "/auth/realms/clocher/%2e./master/",
			"/auth/realms/clocher%2F..%2Fmaster/", "/auth/realms/clocher%2f..%2fmaster/",
			"/auth/realms/clocher/..%2Fmaster/", "/auth/realms/clocher/%252e%252e/master/",
			"/auth/realms/clocher/..%5Cmaster/", "/auth/realms/clocher/..%5cmaster/", "/auth//admin/", "//auth/admin/",
			"/auth/realms//master/", "/auth/realms/clocher//../master/", "/auth/realms/clocher/..;/master/",
			"/auth/realms/clocher;/../master/", "/auth/realms/master;x=clocher/", "/auth/realms/clocher;a=b/account",
			"/auth/resources/../admin/master/console/", "/auth/resources/..%2Fadmin/master/console/",
			"/auth/resources/x/%2e%2e/%2e%2e/admin/", "/auth/realms/%6Daster/", "/auth/realms/%63locher/../master/",
			"/%61uth/admin/", "/%61dmin/", "/auth/realms/clocher/%00/../master/", "/AUTH/admin/",
			"/Auth/realms/master/", "/AUTH/realms/clocher/", "/auth/realms/clocher/.." })
	void pathTricksNeverReachKeycloakOrAnyBackend(String target) throws Exception {
		Answer answer = get(target);
		assertThat(answer.status()).isIn(400, 404);
		assertThat(answer.body()).doesNotContain("Exception", "keycloak saw");
		backends.assertNothingReceived();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/auth/realms/clocher", "/auth/realms/clocher/", "/auth/realms/clocher/account",
			"/auth/realms/clocher/account/?referrer=portal-ui",
			"/auth/realms/clocher/protocol/openid-connect/auth?client_id=portal-ui&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fadmin%2F",
			"/auth/realms/clocher/login-actions/authenticate?session_code=abc&execution=x",
			"/auth/realms/clocher/.well-known/openid-configuration",
			"/auth/resources/x1y2z/login/keycloak.v2/css/styles.css",
			"/auth/resources/x1y2z/common/keycloak/img/favicon.ico" })
	void thePlatformRealmAndKeycloaksStaticFilesAreServed(String target) throws Exception {
		Answer answer = get(target);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("keycloak saw " + target);
		assertThat(keycloak.next().uri()).isEqualTo(target);
	}

	private Answer get(String target) throws Exception {
		return new RawHttpClient(this.port)
			.send(RawHttpClient.head("GET", target, "localhost:8080", "Accept", "text/html", "Connection", "close"));
	}

}
