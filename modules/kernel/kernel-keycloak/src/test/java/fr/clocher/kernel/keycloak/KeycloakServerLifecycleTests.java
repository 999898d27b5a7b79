package fr.clocher.kernel.keycloak;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Keycloak of the distribution starts with the realm imported, answers under
 * {@code /auth}, and leaves neither process nor files behind once closed.
 */
@Order(1)
class KeycloakServerLifecycleTests {

	@Test
	void startsWithTheRealmAndStopsEveryProcessItStarted() throws Exception {
		KeycloakServerOptions options = KeycloakServerOptions.defaults()
			.withRealmFiles(ClocherRealm.locateFile())
			.withEnvironment(ClocherRealm.PUBLIC_URL_VARIABLE, "http://localhost:8080")
			.withLogFile(Path.of("target/keycloak-lifecycle.log"));
		KeycloakServer server = KeycloakServer.start(KeycloakDistribution.standard(), options);
		ProcessHandle script = server.process();
		List<ProcessHandle> children = script.descendants().toList();
		Path instance = server.instanceDirectory();
		int port = server.port();
		try {
			assertThat(children).as("Keycloak's JVM, started by kc.sh").isNotEmpty();
			Map<?, ?> discovery = JsonSerialization.readValue(
					get(server.issuer(ClocherRealm.NAME) + "/.well-known/openid-configuration").body(), Map.class);
			assertThat(server.baseUrl()).isEqualTo("http://localhost:" + port + "/auth");
			assertThat(discovery.get("issuer")).isEqualTo("http://localhost:" + port + "/auth/realms/clocher");
			assertThat(Files.isSymbolicLink(instance.resolve("lib"))).as("the installation is shared").isTrue();
			assertThat(instance.resolve("data/h2")).as("the database is this instance's own").isDirectory();
		}
		finally {
			server.close();
		}
		assertThat(script.isAlive()).isFalse();
		assertThat(children).noneMatch(ProcessHandle::isAlive);
		assertThat(instance).doesNotExist();
		assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
	}

	private static HttpResponse<String> get(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
