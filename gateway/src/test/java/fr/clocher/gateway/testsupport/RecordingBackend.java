package fr.clocher.gateway.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real HTTP server on a free loopback port that records each request it receives and
 * answers with what its responder says (by default 200 and "{name} saw {uri}").
 */
public final class RecordingBackend {

	private final String name;

	private final HttpServer server;

	private final Function<Received, Answer> responder;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private RecordingBackend(String name, HttpServer server, Function<Received, Answer> responder) {
		this.name = name;
		this.server = server;
		this.responder = responder;
	}

	public static RecordingBackend start(String name) {
		return start(name, (request) -> Answer.text(200, name + " saw " + request.uri()));
	}

	public static RecordingBackend start(String name, Function<Received, Answer> responder) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			RecordingBackend backend = new RecordingBackend(name, server, responder);
			server.createContext("/", backend::handle);
			server.setExecutor(Executors.newCachedThreadPool());
			server.start();
			return backend;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A loopback URL on which nothing listens: a backend that is down.
	 * @return the URL
	 */
	public static String closedUrl() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return "http://127.0.0.1:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		Map<String, List<String>> headers = new TreeMap<>();
		exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(Locale.ROOT), values));
		long bodyLength = 0;
		boolean bodyComplete = true;
		try (InputStream body = exchange.getRequestBody()) {
			bodyLength = body.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			// the sender gave up in the middle of the body: record how much came
			bodyComplete = false;
		}
		Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
				bodyLength, bodyComplete);
		this.received.add(request);
		if (!bodyComplete) {
			exchange.close();
			return;
		}
		Answer answer = this.responder.apply(request);
		answer.headers().forEach((header, value) -> exchange.getResponseHeaders().set(header, value));
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(answer.status(), (body.length > 0) ? body.length : -1);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	/**
	 * The next request this backend received, waiting a little for it.
	 * @return the request
	 * @throws InterruptedException if interrupted while waiting
	 */
	public Received next() throws InterruptedException {
		Received next = this.received.poll(5, TimeUnit.SECONDS);
		assertThat(next).as("a request received by " + this.name).isNotNull();
		return next;
	}

	/**
	 * The next request this backend received, if one comes within the given time.
	 * @param wait how long to wait for it
	 * @return the request, or {@code null}
	 * @throws InterruptedException if interrupted while waiting
	 */
	public Received poll(Duration wait) throws InterruptedException {
		return this.received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	public boolean receivedNothing() {
		return this.received.isEmpty();
	}

	public int receivedCount() {
		return this.received.size();
	}

	public void forget() {
		this.received.clear();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public void stop() {
		this.server.stop(0);
	}

	@Override
	public String toString() {
		return this.name;
	}

	/**
	 * What a backend received: method, request URI and headers, names in lower case, and
	 * how much of the body came.
	 *
	 * @param method the method
	 * @param uri the request URI, path and query as sent
	 * @param headers the headers
	 * @param bodyLength the bytes of body read
	 * @param bodyComplete false when the connection broke before the body's end
	 */
	public record Received(String method, String uri, Map<String, List<String>> headers, long bodyLength,
			boolean bodyComplete) {

		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null) ? String.join(", ", values) : null;
		}

		public String hostWithoutPort() {
			String host = header("host");
			int colon = (host != null) ? host.lastIndexOf(':') : -1;
			return (colon > 0) ? host.substring(0, colon) : host;
		}

		public String path() {
			int query = this.uri.indexOf('?');
			return (query >= 0) ? this.uri.substring(0, query) : this.uri;
		}

	}

	/**
	 * What a backend answers.
	 *
	 * @param status the status
	 * @param headers the response headers
	 * @param body the body
	 */
	public record Answer(int status, Map<String, String> headers, String body) {

		public static Answer text(int status, String body) {
			return new Answer(status, Map.of("Content-Type", "text/plain; charset=utf-8"), body);
		}

		public static Answer html(int status, String body) {
			return new Answer(status, Map.of("Content-Type", "text/html; charset=utf-8"), body);
		}

	}

}
