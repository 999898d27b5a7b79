package fr.clocher.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts portal-ui on a random port (development mode, Vaadin's precompiled dev bundle,
 * no Node) and loads its page under the context path the gateway routes to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PortalUiStartupTests {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@LocalServerPort
	private int port;

	@Test
	void servesTheVaadinPageUnderAdmin() throws Exception {
		HttpResponse<String> response = get("/admin/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"fr\"").contains("window.Vaadin");
	}

	@Test
	void answersNothingOutsideAdmin() throws Exception {
		assertThat(get("/").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
