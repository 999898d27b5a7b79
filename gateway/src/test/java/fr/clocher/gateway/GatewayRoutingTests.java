package fr.clocher.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
 * Starts the gateway on a random port in front of a real HTTP backend and checks what the
 * backend receives.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayRoutingTests {

	private static final RecordingBackend tenantService = RecordingBackend.start("tenant-service");

	private static final RecordingBackend portalUi = RecordingBackend.start("portal-ui");

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("clocher.gateway.tenant-service-url", tenantService::url);
		registry.add("clocher.gateway.portal-ui-url", portalUi::url);
	}

	@AfterAll
	static void stopBackends() {
		tenantService.stop();
		portalUi.stop();
	}

	@BeforeEach
	void forgetEarlierRequests() {
		tenantService.received.clear();
		portalUi.received.clear();
	}

	@Test
	void apiRequestReachesTenantServiceWithPathAndQueryKept() throws Exception {
		HttpResponse<String> response = get("/api/x/y?commune=ornans");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("tenant-service saw /api/x/y?commune=ornans");
		assertThat(tenantService.next().uri()).isEqualTo("/api/x/y?commune=ornans");
		assertThat(portalUi.received).isEmpty();
	}

	@Test
	void adminRequestReachesPortalUi() throws Exception {
		HttpResponse<String> response = get("/admin/welcome");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(portalUi.next().uri()).isEqualTo("/admin/welcome");
		assertThat(tenantService.received).isEmpty();
	}

	@Test
	void forgedIdentityHeadersDoNotReachTheBackend() throws Exception {
		HttpRequest request = request("/api/x").header("X-Clocher-Tenant", "forged")
			.header("x-tenant-id", "forged")
			.header("X-Forwarded-User", "forged")
			.header("X-Harmless", "kept")
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, List<String>> headers = tenantService.next().headers();
		assertThat(headers).containsEntry("x-harmless", List.of("kept"))
			.doesNotContainKeys("x-clocher-tenant", "x-tenant-id", "x-forwarded-user");
	}

	@Test
	void unroutedPathAnswers404WithoutReachingABackend() throws Exception {
		HttpResponse<String> response = get("/nothing-routed");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(tenantService.received).isEmpty();
		assertThat(portalUi.received).isEmpty();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	/**
	 * What a backend received: the request URI and the headers, names in lower case.
	 */
	record Received(String uri, Map<String, List<String>> headers) {

	}

	/**
	 * A real HTTP server on a free loopback port that records each request and answers
	 * 200.
	 */
	static final class RecordingBackend {

		private final String name;

		private final HttpServer server;

		private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

		private RecordingBackend(String name, HttpServer server) {
			this.name = name;
			this.server = server;
		}

		static RecordingBackend start(String name) {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				RecordingBackend backend = new RecordingBackend(name, server);
				server.createContext("/", backend::handle);
				server.start();
				return backend;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private void handle(HttpExchange exchange) throws IOException {
			Map<String, List<String>> headers = new TreeMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
			String uri = exchange.getRequestURI().toString();
			this.received.add(new Received(uri, headers));
			byte[] body = (this.name + " saw " + uri).getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		}

		Received next() throws InterruptedException {
			Received next = this.received.poll(5, TimeUnit.SECONDS);
			assertThat(next).as("a request received by " + this.name).isNotNull();
			return next;
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort();
		}

		void stop() {
			this.server.stop(0);
		}

	}

}
