package fr.clocher.tenant.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import fr.clocher.kernel.api.platform.ServiceCheck;
import fr.clocher.tenant.provisioning.KeycloakProperties;

import org.springframework.stereotype.Component;

/**
 * Whether Keycloak answers for the platform's realm, within two seconds.
 */
@Component
class KeycloakProbe {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final URI realm;

	KeycloakProbe(KeycloakProperties keycloak) {
		this.realm = URI.create(keycloak.serverUrl() + "/realms/" + keycloak.realm());
	}

	ServiceCheck check() {
		long start = System.nanoTime();
		try {
			HttpResponse<Void> response = this.http.send(
					HttpRequest.newBuilder(this.realm).timeout(TIMEOUT).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			boolean up = response.statusCode() == 200;
			return new ServiceCheck("keycloak", up, "HTTP " + response.statusCode(), millisSince(start));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new ServiceCheck("keycloak", false, "interrupted", millisSince(start));
		}
		catch (Exception ex) {
			return new ServiceCheck("keycloak", false, ex.getClass().getSimpleName(), millisSince(start));
		}
	}

	static long millisSince(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
	}

}
