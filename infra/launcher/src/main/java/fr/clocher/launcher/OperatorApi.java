package fr.clocher.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * tenant-service's operator API, called as the operators' automation client
 * ({@code clocher-operator-cli}, client credentials), as an operator's script would.
 */
final class OperatorApi {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String tenantService;

	private final String tokenUri;

	private final String clientSecret;

	private String token;

	private Instant tokenExpiry = Instant.MIN;

	OperatorApi(String tenantService, String issuer, String clientSecret) {
		this.tenantService = tenantService;
		this.tokenUri = issuer + "/protocol/openid-connect/token";
		this.clientSecret = clientSecret;
	}

	/**
	 * Posts and returns the status and body; 2xx and 409 (already there) are both fine
	 * for a seed.
	 */
	Response post(String path, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.tenantService + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts a value as JSON. */
	Response post(String path, Object body) throws IOException, InterruptedException {
		return post(path, this.json.writeValueAsString(body));
	}

	/** Puts a value as JSON. */
	Response put(String path, Object body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.tenantService + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body))));
	}

	Response get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.tenantService + path)).GET());
	}

	/** Gets, and fails with the answer unless it is 200. */
	JsonNode require(String path) throws IOException, InterruptedException {
		Response response = get(path);
		if (response.status() != 200) {
			throw new IllegalStateException(
					"GET " + path + " failed: HTTP " + response.status() + " " + response.body());
		}
		return response.body();
	}

	private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				request.header("Authorization", "Bearer " + token()).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(),
				response.body().isEmpty() ? this.json.nullNode() : this.json.readTree(response.body()));
	}

	/** A token, reused until shortly before it expires (the seed makes many calls). */
	private synchronized String token() throws IOException, InterruptedException {
		if (this.token == null || Instant.now().isAfter(this.tokenExpiry)) {
			JsonNode answer = newToken();
			this.token = answer.get("access_token").asString();
			this.tokenExpiry = Instant.now().plusSeconds(Math.max(0, answer.get("expires_in").asLong() - 30));
		}
		return this.token;
	}

	private JsonNode newToken() throws IOException, InterruptedException {
		String form = "grant_type=client_credentials&client_id=clocher-operator-cli&client_secret="
				+ URLEncoder.encode(this.clientSecret, StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.tokenUri))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException(
					"No operator token from Keycloak: HTTP " + response.statusCode() + " " + response.body());
		}
		return this.json.readTree(response.body());
	}

	record Response(int status, JsonNode body) {

		boolean createdOrThere() {
			return (this.status >= 200 && this.status < 300) || this.status == 409;
		}

	}

}
