package fr.clocher.gateway.bodylimit;

import java.time.Duration;

import fr.clocher.gateway.testsupport.Backends;
import fr.clocher.gateway.testsupport.RawHttpClient;
import fr.clocher.gateway.testsupport.RawHttpClient.Answer;
import fr.clocher.gateway.testsupport.RecordingBackend;
import fr.clocher.gateway.testsupport.RecordingBackend.Received;
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
 * Request bodies are limited per kind of path (here 16 KB on the public sites and
 * sign-in, 256 KB on the API): a declared length past the limit is refused before any
 * backend is contacted, and a chunked body is counted as it streams and cut once it
 * passes the limit, so that the backend never gets it whole.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "clocher.gateway.body-limit.public-site=16KB", "clocher.gateway.body-limit.auth=16KB",
				"clocher.gateway.body-limit.api=256KB" })
class BodyLimitTests {

	private static final String HOST = "aureville.clocher.localhost";

	@RegisterExtension
	static final Backends backends = Backends.start();

	private static final RecordingBackend tenantService = backends.tenantService();

	private static final RecordingBackend keycloak = backends.keycloak();

	@LocalServerPort
	private int port;

	private RawHttpClient client;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		backends.register(registry);
	}

	@BeforeEach
	void client() {
		this.client = new RawHttpClient(this.port);
	}

	@Test
	void aDeclaredLengthPastTheLimitIsRefusedAtOnce() throws Exception {
		// only the head is sent: the answer must come without the body
		Answer answer = this.client.send(RawHttpClient.head("POST", "/contact", HOST, "Content-Type",
				"application/x-www-form-urlencoded", "Content-Length", "30000000"));
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(answer.body()).contains("<html lang=\"fr\">", "<h1>Contenu trop volumineux</h1>")
			.doesNotContain("Exception");
		assertThat(answer.header("X-Request-Id")).isNotBlank();
		// the body is not read: the connection cannot serve another request
		assertThat(answer.header("Connection")).isEqualTo("close");
		assertThat(answer.closed()).isTrue();
		assertThat(tenantService.poll(Duration.ofMillis(500))).isNull();
	}

	@Test
	void apiClientsGetAProblemDocument() throws Exception {
		Answer answer = this.client.send(RawHttpClient.head("POST", "/api/platform/communes", "localhost:8080",
				"Accept", "application/json", "Content-Type", "application/json", "Content-Length", "300000"));
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(answer.body()).contains("\"status\":413");
		assertThat(tenantService.poll(Duration.ofMillis(500))).isNull();
	}

	@Test
	void signInHasTheSmallLimit() throws Exception {
		Answer answer = this.client
			.send(RawHttpClient.head("POST", "/auth/realms/clocher/login-actions/authenticate?session_code=x",
					"localhost:8080", "Content-Type", "application/x-www-form-urlencoded", "Content-Length", "20000"));
		assertThat(answer.status()).isEqualTo(413);
		assertThat(keycloak.poll(Duration.ofMillis(500))).isNull();
	}

	@Test
	void aChunkedBodyIsCutOnceItPassesTheLimit() throws Exception {
		long total = 4L * 1024 * 1024;
		Answer answer = this.client.sendChunked(RawHttpClient.head("POST", "/contact", HOST, "Content-Type",
				"application/octet-stream", "Transfer-Encoding", "chunked"), 4096, total);
		// the gateway answers 413, or closes the connection when the answer cannot be
		// sent;
		// either way it does not read on to the end of the body
		assertThat(answer.status()).isIn(413, -1);
		assertThat(answer.closed()).isTrue();
		if (answer.status() == 413) {
			assertThat(answer.body()).contains("<h1>Contenu trop volumineux</h1>");
			assertThat(answer.header("X-Request-Id")).isNotBlank();
		}
		Received received = tenantService.poll(Duration.ofSeconds(3));
		if (received != null) {
			assertThat(received.bodyComplete() && received.bodyLength() == total)
				.as("the backend got %d bytes, complete: %s", received.bodyLength(), received.bodyComplete())
				.isFalse();
			assertThat(received.bodyLength()).isLessThan(total);
		}
	}

	@Test
	void aChunkedBodyWithinTheLimitReachesTheBackendWhole() throws Exception {
		Answer answer = this.client.sendChunked(RawHttpClient.head("POST", "/contact", HOST, "Content-Type",
				"application/octet-stream", "Transfer-Encoding", "chunked", "Connection", "close"), 1024, 12 * 1024);
		assertThat(answer.status()).isEqualTo(200);
		Received received = tenantService.next();
		assertThat(received.bodyComplete()).isTrue();
		assertThat(received.bodyLength()).isEqualTo(12 * 1024);
	}

	@Test
	void theApiHasItsOwnLargerLimit() throws Exception {
		Answer accepted = this.client.sendChunked(RawHttpClient.head("POST", "/api/x", "localhost:8080", "Content-Type",
				"application/octet-stream", "Transfer-Encoding", "chunked", "Connection", "close"), 4096, 128 * 1024);
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(tenantService.next().bodyLength()).isEqualTo(128 * 1024);
		Answer refused = this.client.sendChunked(RawHttpClient.head("POST", "/api/x", "localhost:8080", "Content-Type",
				"application/octet-stream", "Transfer-Encoding", "chunked"), 4096, 4L * 1024 * 1024);
		assertThat(refused.status()).isIn(413, -1);
		Received cut = tenantService.poll(Duration.ofSeconds(3));
		if (cut != null) {
			assertThat(cut.bodyLength()).isLessThan(4L * 1024 * 1024);
		}
	}

}
