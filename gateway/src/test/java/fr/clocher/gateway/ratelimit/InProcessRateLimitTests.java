package fr.clocher.gateway.ratelimit;

import java.net.http.HttpResponse;

import fr.clocher.gateway.testsupport.GatewayClient;
import fr.clocher.gateway.testsupport.RecordingBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-process limiter in the running gateway: a burst of three, then one request every
 * five seconds. The gateway trusts the loopback as a proxy here, so each test counts as
 * its own client through {@code X-Forwarded-For}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "clocher.gateway.rate-limit.replenish-rate=0.2", "clocher.gateway.rate-limit.burst-capacity=3",
				"clocher.gateway.forwarded.trusted-proxies=127.0.0.1,::1" })
class InProcessRateLimitTests {

	private static final RecordingBackend tenantService = RecordingBackend.start("tenant-service");

	@LocalServerPort
	private int port;

	@Autowired
	private RateLimitWebFilter filter;

	private GatewayClient client;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("clocher.gateway.tenant-service-url", tenantService::url);
	}

	@AfterAll
	static void stopBackend() {
		tenantService.stop();
	}

	@BeforeEach
	void client() {
		this.client = new GatewayClient(this.port);
		tenantService.forget();
	}

	@Test
	void theInProcessLimiterIsUsedWithoutRedis() {
		assertThat(this.filter.limiter()).isInstanceOf(InProcessRateLimiter.class);
	}

	@Test
	void answers429WithRetryAfterPastTheBurst() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(get("198.51.100.1").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = get("198.51.100.1");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 5));
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(refused.body()).contains("<html lang=\"fr\">", "<h1>Trop de requêtes</h1>");
		assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(tenantService.receivedCount()).isEqualTo(3);
	}

	@Test
	void apiClientsGetAProblemDocument() throws Exception {
		for (int i = 0; i < 3; i++) {
			get("198.51.100.2");
		}
		HttpResponse<String> refused = this.client.get("/c/x/", "X-Forwarded-For", "198.51.100.2", "Accept",
				"application/json");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("\"status\":429", "\"title\":\"Too Many Requests\"");
	}

	@Test
	void eachClientHasItsOwnBucketAndCannotForgeAnother() throws Exception {
		for (int i = 0; i < 3; i++) {
			get("198.51.100.3");
		}
		assertThat(get("198.51.100.3").statusCode()).isEqualTo(429);
		assertThat(get("198.51.100.4").statusCode()).isEqualTo(200);
		// the proxy appends the address it saw: what the client wrote before it is not
		// believed
		assertThat(get("192.0.2.200, 198.51.100.3").statusCode()).isEqualTo(429);
	}

	private HttpResponse<String> get(String forwardedFor) throws Exception {
		return this.client.get("/", "X-Forwarded-For", forwardedFor);
	}

}
