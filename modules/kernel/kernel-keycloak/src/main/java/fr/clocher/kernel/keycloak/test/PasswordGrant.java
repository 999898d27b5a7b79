package fr.clocher.kernel.keycloak.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.keycloak.util.JsonSerialization;

import fr.clocher.kernel.keycloak.ClocherRealm;

/**
 * Asks a realm's token endpoint for a user's tokens with the resource owner password
 * grant, through the test-only public client, with the scopes the portal asks for
 * ({@code openid organization:*}).
 */
final class PasswordGrant {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private PasswordGrant() {
	}

	static String accessToken(String tokenUri, String clientId, String username, String password) {
		Map<String, String> form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
				"password", password, "scope", "openid " + ClocherRealm.ALL_ORGANIZATIONS_SCOPE);
		String body = form.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUri))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"No token for " + username + ": HTTP " + response.statusCode() + " " + response.body());
			}
			return String.valueOf(JsonSerialization.readValue(response.body(), Map.class).get("access_token"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Token request for " + username + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
