package fr.clocher.gateway.ratelimit;

import java.net.http.HttpResponse;

import fr.clocher.gateway.testsupport.Backends;
import fr.clocher.gateway.testsupport.GatewayClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of request has its own buckets: a client that used up its sign-in attempts,
 * its API calls or its form submissions still gets the public pages. Here every class but
 * the public one allows a burst of two, the public one a burst of five, each then one
 * request every ten seconds; each test is its own client through {@code X-Forwarded-For}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "clocher.gateway.forwarded.trusted-proxies=127.0.0.1,::1",
				"clocher.gateway.rate-limit.replenish-rate=0.1", "clocher.gateway.rate-limit.burst-capacity=5",
				"clocher.gateway.rate-limit.classes.sign-in.replenish-rate=0.1",
				"clocher.gateway.rate-limit.classes.sign-in.burst-capacity=2",
				"clocher.gateway.rate-limit.classes.api.replenish-rate=0.1",
				"clocher.gateway.rate-limit.classes.api.burst-capacity=2",
				"clocher.gateway.rate-limit.classes.admin.replenish-rate=0.1",
				"clocher.gateway.rate-limit.classes.admin.burst-capacity=2",
				"clocher.gateway.rate-limit.classes.public-submission.replenish-rate=0.1",
				"clocher.gateway.rate-limit.classes.public-submission.burst-capacity=2" })
class RateLimitClassesTests {

	private static final String COMMUNE_HOST = "aureville.clocher.localhost";

	@RegisterExtension
	static final Backends backends = Backends.start();

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

	@Test
	void aClientOutOfSignInAttemptsStillGetsThePublicPages() throws Exception {
		String client = "198.51.100.10";
		String login = "/auth/realms/clocher/login-actions/authenticate?session_code=x";
		assertThat(post(client, login).statusCode()).isEqualTo(200);
		assertThat(post(client, login).statusCode()).isEqualTo(200);
		HttpResponse<String> refused = post(client, login);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("X-Request-Id")).isPresent();
		assertThat(refused.body()).contains("<h1>Trop de requêtes</h1>");
		// the token endpoint is sign-in too
		assertThat(post(client, "/auth/realms/clocher/protocol/openid-connect/token").statusCode()).isEqualTo(429);
		// the rest of the realm, the public sites and the other classes are not
		assertThat(get(client, "/auth/realms/clocher/account", null).statusCode()).isEqualTo(200);
		assertThat(get(client, "/", COMMUNE_HOST).statusCode()).isEqualTo(200);
		assertThat(get(client, "/c/aureville/", null).statusCode()).isEqualTo(200);
		assertThat(get(client, "/admin/", null).statusCode()).isEqualTo(200);
		assertThat(get(client, "/api/tenants/aureville", null).statusCode()).isEqualTo(200);
	}

	@Test
	void theApiAndTheAdminAreCountedApart() throws Exception {
		String client = "198.51.100.11";
		assertThat(get(client, "/api/x", null).statusCode()).isEqualTo(200);
		assertThat(get(client, "/api/x", null).statusCode()).isEqualTo(200);
		HttpResponse<String> refused = this.client.get("/api/x", "X-Forwarded-For", client, "Accept",
				"application/json");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(get(client, "/admin/", null).statusCode()).isEqualTo(200);
		assertThat(get(client, "/admin/", null).statusCode()).isEqualTo(200);
		assertThat(get(client, "/admin/", null).statusCode()).isEqualTo(429);
		assertThat(get(client, "/", COMMUNE_HOST).statusCode()).isEqualTo(200);
		assertThat(post(client, "/auth/realms/clocher/login-actions/authenticate").statusCode()).isEqualTo(200);
	}

	@Test
	void submissionsOnThePublicSitesAreCountedApartFromReading() throws Exception {
		String client = "198.51.100.12";
		assertThat(postOnCommune(client).statusCode()).isEqualTo(200);
		assertThat(postOnCommune(client).statusCode()).isEqualTo(200);
		assertThat(postOnCommune(client).statusCode()).isEqualTo(429);
		for (int i = 0; i < 5; i++) {
			assertThat(get(client, "/", COMMUNE_HOST).statusCode()).isEqualTo(200);
		}
		assertThat(get(client, "/", COMMUNE_HOST).statusCode()).isEqualTo(429);
	}

	@Test
	void anotherClientIsNotAffected() throws Exception {
		String client = "198.51.100.13";
		for (int i = 0; i < 3; i++) {
			post(client, "/auth/realms/clocher/login-actions/authenticate");
		}
		assertThat(post("198.51.100.14", "/auth/realms/clocher/login-actions/authenticate").statusCode())
			.isEqualTo(200);
	}

	private HttpResponse<String> get(String client, String path, String host) throws Exception {
		return (host != null) ? this.client.get(path, "X-Forwarded-For", client, "Host", host)
				: this.client.get(path, "X-Forwarded-For", client);
	}

	private HttpResponse<String> post(String client, String path) throws Exception {
		return this.client.post(path, "username=secretaire&password=x", "X-Forwarded-For", client);
	}

	private HttpResponse<String> postOnCommune(String client) throws Exception {
		return this.client.post("/contact", "message=bonjour", "X-Forwarded-For", client, "Host", COMMUNE_HOST);
	}

}
