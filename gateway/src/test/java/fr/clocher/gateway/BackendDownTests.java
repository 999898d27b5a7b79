package fr.clocher.gateway;

import java.net.http.HttpResponse;

import fr.clocher.gateway.testsupport.GatewayClient;
import fr.clocher.gateway.testsupport.RecordingBackend;
import fr.clocher.gateway.testsupport.RecordingBackend.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of backends that are down (nothing listens on their port) or too
 * slow: the client gets a friendly page, never a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "clocher.gateway.errors.retry-after=20s",
		"spring.cloud.gateway.server.webflux.httpclient.response-timeout=500ms" })
class BackendDownTests {

	private static final String DOWN = RecordingBackend.closedUrl();

	private static final RecordingBackend slowPortalUi = RecordingBackend.start("slow portal-ui", (request) -> {
		try {
			Thread.sleep(3000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Answer.text(200, "too late");
	});

	@LocalServerPort
	private int port;

	private GatewayClient client;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("clocher.gateway.tenant-service-url", () -> DOWN);
		registry.add("clocher.gateway.portal-ui-url", slowPortalUi::url);
		registry.add("clocher.gateway.keycloak-url", () -> DOWN);
	}

	@AfterAll
	static void stopBackends() {
		slowPortalUi.stop();
	}

	@BeforeEach
	void client() {
		this.client = new GatewayClient(this.port);
	}

	@Test
	void publicSiteOfADownBackendGivesAFriendly503Page() throws Exception {
		HttpResponse<String> response = this.client.get("/", "Host", "saint-orens.clocher.localhost", "Accept",
				"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("20");
		assertThat(response.body()).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"fr\">", "<h1>Service momentanément indisponible</h1>",
					"The service is temporarily unavailable")
			.doesNotContain("Exception", "Connection refused", "127.0.0.1", "netty", "reactor", "http://", "https://");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void apiClientsGetAProblemDocument() throws Exception {
		HttpResponse<String> response = this.client.get("/api/platform/tenants", "Accept", "application/json");
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("20");
		assertThat(response.body()).startsWith("{")
			.contains("\"status\":503", "\"title\":\"Service Unavailable\"")
			.doesNotContain("Exception");
	}

	@Test
	void keycloakDownGivesTheSamePage() throws Exception {
		HttpResponse<String> response = this.client.get("/auth/realms/clocher/account");
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("<h1>Service momentanément indisponible</h1>");
	}

	@Test
	void aBackendTooSlowToAnswerGivesAFriendly504Page() throws Exception {
		HttpResponse<String> response = this.client.get("/admin/");
		assertThat(response.statusCode()).isEqualTo(504);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("20");
		assertThat(response.body()).contains("<html lang=\"fr\">", "<h1>Le service tarde à répondre</h1>")
			.doesNotContain("Exception");
	}

}
