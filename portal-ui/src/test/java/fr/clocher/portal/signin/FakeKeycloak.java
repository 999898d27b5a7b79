package fr.clocher.portal.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak's realm address that answers with a chosen status, for the
 * tests that only need to know whether it is up.
 */
public final class FakeKeycloak implements AutoCloseable {

	private final HttpServer server;

	private final AtomicInteger status = new AtomicInteger(200);

	private FakeKeycloak(HttpServer server) {
		this.server = server;
	}

	public static FakeKeycloak start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakeKeycloak fake = new FakeKeycloak(server);
			server.createContext("/", (exchange) -> {
				exchange.sendResponseHeaders(fake.status.get(), -1);
				exchange.close();
			});
			server.start();
			return fake;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Its base URL, like Keycloak's.
	 * @return e.g. {@code http://127.0.0.1:41234/auth}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/auth";
	}

	/**
	 * Sets the status every request is answered with.
	 * @param status an HTTP status, 200 at first
	 */
	public void answer(int status) {
		this.status.set(status);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
