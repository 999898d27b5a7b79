package fr.clocher.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.clocher.portal.signin.FakeKeycloak;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * portal-ui believes {@code X-Forwarded-*} only from the gateway's addresses: here the
 * gateway is said to be elsewhere, so a client on loopback that forges the headers cannot
 * make the sign-in come back to a host of its choosing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9")
class UntrustedForwardedHeadersTests {

	private static final FakeKeycloak keycloak = FakeKeycloak.start();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("clocher.auth.public-url", keycloak::baseUrl);
		registry.add("clocher.auth.internal-url", keycloak::baseUrl);
	}

	@AfterAll
	static void stopKeycloak() {
		keycloak.close();
	}

	@Test
	void forwardedHeadersFromAnotherAddressThanTheGatewayAreIgnored() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/oauth2/authorization/keycloak"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Port", "443")
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("redirect_uri=http://127.0.0.1:" + this.port + "/admin/")
			.doesNotContain("evil.example");
	}

}
