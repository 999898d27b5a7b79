package fr.clocher.portal.signin;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tells whether Keycloak answers.
 */
class IdentityProviderProbeTests {

	@Test
	void keycloakAnsweringIsAvailable() {
		try (FakeKeycloak keycloak = FakeKeycloak.start()) {
			assertThat(probe(keycloak.baseUrl()).isAvailable()).isTrue();
			keycloak.answer(404);
			assertThat(probe(keycloak.baseUrl()).isAvailable()).isTrue();
		}
	}

	@Test
	void serverErrorMeansUnavailable() {
		try (FakeKeycloak keycloak = FakeKeycloak.start()) {
			keycloak.answer(502);
			assertThat(probe(keycloak.baseUrl()).isAvailable()).isFalse();
		}
	}

	@Test
	void nobodyListeningMeansUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThat(probe("http://127.0.0.1:" + closedPort + "/auth").isAvailable()).isFalse();
	}

	private static IdentityProviderProbe probe(String baseUrl) {
		return new IdentityProviderProbe(
				new SignInProperties(baseUrl, baseUrl, "clocher", "clocher-portal", "secret", Duration.ofSeconds(2)));
	}

}
