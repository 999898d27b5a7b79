package fr.clocher.gateway.requestid;

import java.net.http.HttpResponse;

import fr.clocher.gateway.testsupport.Backends;
import fr.clocher.gateway.testsupport.GatewayClient;
import fr.clocher.gateway.testsupport.RecordingBackend;
import fr.clocher.gateway.testsupport.RecordingBackend.Received;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request gets an id of the gateway's making, sent to the backend and back to the
 * client; a refusal carries it in its answer and in the log line that records it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTests {

	private static final String ID = "[0-9a-f]{32}";

	@RegisterExtension
	static final Backends backends = Backends.start();

	private static final RecordingBackend tenantService = backends.tenantService();

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
	void theBackendAndTheClientSeeTheSameIdAndNotTheClientsOwn() throws Exception {
		HttpResponse<String> response = this.client.get("/", "Host", "aureville.clocher.localhost", "X-Request-Id",
				"chosen-by-the-client");
		assertThat(response.statusCode()).isEqualTo(200);
		String id = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(id).matches(ID);
		Received received = tenantService.next();
		assertThat(received.headers().get("x-request-id")).containsExactly(id);
	}

	@Test
	void eachRequestHasItsOwnId() throws Exception {
		String first = this.client.get("/").headers().firstValue("X-Request-Id").orElseThrow();
		String second = this.client.get("/").headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void aRefusalCarriesItsIdInTheAnswerAndTheLog(CapturedOutput output) throws Exception {
		HttpResponse<String> response = this.client.get("/admin/", "Host", "aureville.clocher.localhost",
				"X-Request-Id", "chosen-by-the-client");
		assertThat(response.statusCode()).isEqualTo(404);
		String id = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(id).matches(ID);
		assertThat(response.body()).contains(id).doesNotContain("chosen-by-the-client");
		assertThat(output).containsPattern("INFO .*Refused 404 GET /admin/ .*" + id);
		assertThat(tenantService.receivedNothing()).isTrue();
	}

	@Test
	void aProblemDocumentCarriesTheIdToo() throws Exception {
		HttpResponse<String> response = this.client.get("/actuator/nothing-here", "Accept", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		String id = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(response.body()).contains("\"status\":404", "\"requestId\":\"" + id + "\"");
	}

}
