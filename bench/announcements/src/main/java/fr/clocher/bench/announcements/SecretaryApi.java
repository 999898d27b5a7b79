package fr.clocher.bench.announcements;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The announcements API as the secretary's screens call it: JSON over HTTP with her
 * bearer token, through the gateway.
 */
final class SecretaryApi {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private final HttpClient http;

	private final String base;

	private final String token;

	SecretaryApi(HttpClient http, String gateway, String slug, String token) {
		this.http = http;
		this.base = gateway + "/api/tenants/" + slug + "/announcements";
		this.token = token;
	}

	/** Creates an alert (a draft) in three fields; returns its id. */
	UUID createAlert(String what, String where, Instant until) throws IOException, InterruptedException {
		String body = "{\"what\":\"" + what + "\",\"where\":\"" + where + "\",\"until\":\"" + until + "\"}";
		String answer = post("/alerts", body, 201);
		Matcher id = ID.matcher(answer);
		if (!id.find()) {
			throw new IllegalStateException("No id in " + answer);
		}
		return UUID.fromString(id.group(1));
	}

	/** Publishes it now. */
	void publish(UUID alert) throws IOException, InterruptedException {
		post("/alerts/" + alert + "/publish", "{\"at\":null}", 200);
	}

	/** Takes it off the site (the next alert's page is then the same size). */
	void unpublish(UUID alert) throws IOException, InterruptedException {
		post("/alerts/" + alert + "/unpublish", "", 200);
	}

	private String post(String path, String body, int expected) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + " (expected "
					+ expected + "): " + response.body());
		}
		return response.body();
	}

}
