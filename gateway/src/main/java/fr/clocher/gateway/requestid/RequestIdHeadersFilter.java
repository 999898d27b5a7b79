package fr.clocher.gateway.requestid;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sends the request's id to the backend (HTTP and WebSocket), in place of any
 * {@code X-Request-Id} the client sent.
 */
@Component
class RequestIdHeadersFilter implements HttpHeadersFilter, Ordered {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		String id = RequestIds.of(exchange);
		HttpHeaders updated = HttpHeaders.copyOf(input);
		if (id != null) {
			updated.set(RequestIds.HEADER, id);
		}
		else {
			updated.remove(RequestIds.HEADER);
		}
		return updated;
	}

	@Override
	public int getOrder() {
		// after the forwarded headers (order 100)
		return 110;
	}

}
