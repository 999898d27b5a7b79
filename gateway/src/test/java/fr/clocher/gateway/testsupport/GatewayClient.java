package fr.clocher.gateway.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An HTTP/1.1 client for the gateway under test. Requests carry
 * {@code Host: 127.0.0.1:port}, one of the platform's hosts by default, unless another is
 * given; setting {@code Host} needs the system property
 * {@code jdk.httpclient.allowRestrictedHeaders=host}, which the build sets for the tests.
 */
public final class GatewayClient {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	public GatewayClient(int port) {
		this.port = port;
	}

	/**
	 * Sends a GET request.
	 * @param path the path and query
	 * @param headers header names and values, alternating
	 * @return the response
	 * @throws IOException on a connection failure
	 * @throws InterruptedException if interrupted
	 */
	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return send(request(path, headers).GET());
	}

	/**
	 * Sends a POST request with a form body.
	 * @param path the path and query
	 * @param body the body, sent as {@code application/x-www-form-urlencoded}
	 * @param headers header names and values, alternating
	 * @return the response
	 * @throws IOException on a connection failure
	 * @throws InterruptedException if interrupted
	 */
	public HttpResponse<String> post(String path, String body, String... headers)
			throws IOException, InterruptedException {
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public String hostHeader() {
		return "127.0.0.1:" + this.port;
	}

}
