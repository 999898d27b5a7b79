package fr.clocher.gateway.forwarded;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes the standard {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and
 * {@code -Port} headers on every request sent to a backend (HTTP and WebSocket), so that
 * portal-ui and Keycloak build their public URLs and redirects from what the client used.
 * Whatever the client sent under those names, or as {@code Forwarded} or
 * {@code X-Real-IP}, is dropped, unless the connection comes from a trusted proxy: then
 * its values are kept, and the proxy's address is appended to {@code X-Forwarded-For}.
 * <p>
 * Spring Cloud Gateway's own forwarded-header filters are active only when
 * {@code spring.cloud.gateway.server.webflux.trusted-proxies} is set, and then write
 * nothing at all for a client that is not a trusted proxy; that property stays unset and
 * this filter takes their place.
 */
@Component
class ForwardedHeadersFilter implements HttpHeadersFilter, Ordered {

	static final String FOR = "X-Forwarded-For";

	static final String PROTO = "X-Forwarded-Proto";

	static final String HOST = "X-Forwarded-Host";

	static final String PORT = "X-Forwarded-Port";

	private final ClientAddressResolver clients;

	ForwardedHeadersFilter(ClientAddressResolver clients) {
		this.clients = clients;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		HttpHeaders original = request.getHeaders();
		boolean trusted = this.clients.isFromTrustedProxy(request);
		HttpHeaders updated = new HttpHeaders();
		input.forEach((name, values) -> {
			if (!isForwardingHeader(name)) {
				updated.addAll(name, values);
			}
		});
		String peer = this.clients.peerAddress(request);
		String previousHops = trusted ? joined(original, FOR) : null;
		if (peer != null) {
			updated.set(FOR, (previousHops != null) ? previousHops + ", " + peer : peer);
		}
		else if (previousHops != null) {
			updated.set(FOR, previousHops);
		}
		URI uri = request.getURI();
		String scheme = (uri.getScheme() != null) ? uri.getScheme() : "http";
		updated.set(PROTO, kept(trusted, original, PROTO, scheme));
		String host = original.getFirst(HttpHeaders.HOST);
		if (host != null) {
			updated.set(HOST, kept(trusted, original, HOST, host));
		}
		int port = (uri.getPort() > 0) ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
		updated.set(PORT, kept(trusted, original, PORT, Integer.toString(port)));
		return updated;
	}

	private static boolean isForwardingHeader(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith("x-forwarded-") || lower.equals("forwarded") || lower.equals("x-real-ip");
	}

	private static String kept(boolean trusted, HttpHeaders original, String name, String own) {
		String theirs = trusted ? original.getFirst(name) : null;
		return (theirs != null && !theirs.isBlank()) ? theirs : own;
	}

	private static String joined(HttpHeaders headers, String name) {
		List<String> values = headers.get(name);
		return (values == null || values.isEmpty()) ? null : String.join(", ", values);
	}

	@Override
	public int getOrder() {
		// after Spring Cloud Gateway's RemoveXForwardedHeadersFilter (order 0)
		return 100;
	}

}
