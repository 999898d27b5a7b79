package fr.clocher.gateway.requestid;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebExchange;

/**
 * The id the gateway gave a request.
 */
public final class RequestIds {

	/**
	 * The header that carries the id to the backends and back to the client.
	 */
	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private static final HexFormat HEX = HexFormat.of();

	private RequestIds() {
	}

	/**
	 * The id of the request being handled.
	 * @param exchange the exchange
	 * @return its id, or {@code null} before {@link RequestIdWebFilter} ran
	 */
	public static @Nullable String of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	/**
	 * A new id: 128 random bits in hexadecimal. It only has to be unique, not secret, so
	 * the cheap per-thread generator is enough.
	 * @return the id
	 */
	static String next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
	}

}
