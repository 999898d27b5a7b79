package fr.clocher.tenant.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.clocher.kernel.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader gets when a request is refused before any site or API handler, through a
 * real server: a malformed or over-long public address is a plain page (French where
 * tenant-service writes it), never a stack trace nor a white label; the API answers a
 * problem detail carrying the gateway's request id, and the refusal is logged with it.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SiteErrorsTests {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	/** Its connections closed, so that the server's graceful shutdown waits for none. */
	@AfterEach
	void closeTheClient() {
		this.http.close();
	}

	@Test
	void aMalformedPublicAddressIsAPlainPageWhateverTheReaderAccepts() throws Exception {
		for (String accept : new String[] { "text/html", "*/*", "application/json" }) {
			HttpResponse<String> answer = get("/c/aiglun//pages", accept, null);
			assertThat(answer.statusCode()).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(answer.body()).contains("Adresse invalide").contains("lang=\"fr\"");
			assertNoInternals(answer.body());
		}
		for (String path : new String[] { "/c/%00/", "/c/" + "a".repeat(10_000) + "/", "/c/%2e%2e%2fapi/" }) {
			HttpResponse<String> answer = get(path, "text/html", null);
			assertThat(answer.statusCode()).as(path).isIn(400, 404);
			assertNoInternals(answer.body());
		}
		HttpResponse<String> unknown = get("/c/nulle-part/pages/x", "*/*", null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Page introuvable");
	}

	@Test
	void anApiRefusalIsAProblemWithTheRequestIdAndIsLoggedWithIt(CapturedOutput output) throws Exception {
		HttpResponse<String> unauthenticated = get("/api/tenants/nulle-part/changes", "application/json", "req-7f3a91");
		assertThat(unauthenticated.statusCode()).isEqualTo(401);
		assertThat(unauthenticated.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(unauthenticated.body()).contains("\"requestId\":\"req-7f3a91\"")
			.contains("\"code\":\"unauthenticated\"");
		assertThat(output).containsPattern("\\[req-7f3a91\\] .*Refused GET /api/tenants/nulle-part/changes: 401");

		HttpResponse<String> malformed = get("/api/tenants/nulle-part//changes", "text/html", "req-b20c44");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(malformed.body()).contains("\"requestId\":\"req-b20c44\"")
			.contains("\"code\":\"bad-request\"")
			.contains("\"instance\":\"/api/tenants/nulle-part//changes\"");
		assertNoInternals(malformed.body());
		assertThat(output).containsPattern("\\[req-b20c44\\] .*Refused GET /api/tenants/nulle-part//changes: 400");

		HttpResponse<String> forged = get("/api/platform/tenants", "application/json", "<script>");
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.body()).doesNotContain("requestId").doesNotContain("script");
	}

	private HttpResponse<String> get(String path, String accept, String requestId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept);
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("at java.")
			.doesNotContain("Whitelabel")
			.doesNotContain("Tomcat");
	}

}
