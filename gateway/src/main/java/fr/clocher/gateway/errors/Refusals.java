package fr.clocher.gateway.errors;

import java.time.Duration;

import fr.clocher.gateway.forwarded.ClientAddressResolver;
import fr.clocher.gateway.requestid.RequestIds;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's own refusals (400, 404, 413, 429...): one INFO line each, naming the
 * request's id, host, client and the reason, then the error page or problem document.
 */
@Component
public class Refusals {

	private static final Log logger = LogFactory.getLog(Refusals.class);

	private final ErrorPages pages;

	private final ClientAddressResolver clients;

	Refusals(ErrorPages pages, ClientAddressResolver clients) {
		this.pages = pages;
		this.clients = clients;
	}

	/**
	 * Refuses a request, ending the exchange.
	 * @param exchange the exchange, its response not yet committed
	 * @param status the status to answer
	 * @param reason why, for the log
	 * @return completion of the answer
	 */
	public Mono<Void> refuse(ServerWebExchange exchange, HttpStatusCode status, String reason) {
		return refuse(exchange, status, reason, null);
	}

	/**
	 * Refuses a request, ending the exchange.
	 * @param exchange the exchange, its response not yet committed
	 * @param status the status to answer
	 * @param reason why, for the log
	 * @param retryAfter the delay to announce in {@code Retry-After}, or {@code null}
	 * @return completion of the answer
	 */
	public Mono<Void> refuse(ServerWebExchange exchange, HttpStatusCode status, String reason,
			@Nullable Duration retryAfter) {
		log(exchange, status, reason);
		return this.pages.write(exchange, status, retryAfter);
	}

	void log(ServerWebExchange exchange, HttpStatusCode status, String reason) {
		if (logger.isInfoEnabled()) {
			ServerHttpRequest request = exchange.getRequest();
			logger.info("Refused " + status.value() + " " + request.getMethod() + " " + request.getPath() + " on "
					+ request.getHeaders().getFirst(HttpHeaders.HOST) + " from " + this.clients.resolve(request)
					+ " [request " + RequestIds.of(exchange) + "]: " + reason);
		}
	}

}
