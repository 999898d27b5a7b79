package fr.clocher.gateway.errors;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;

import fr.clocher.gateway.requestid.RequestIds;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Turns every error raised in the gateway into a friendly answer: 503 when a backend
 * cannot be reached (connection refused or timed out, unknown host, connection closed
 * before an answer), the exception's own status for {@link ResponseStatusException} (404
 * for a path no route serves, 504 when a backend answers too late), 500 otherwise. Stack
 * traces go to the log, never to the client; a 4xx is logged as a refusal (see
 * {@link Refusals}). Runs before Spring Boot's default handler (order -1).
 */
@Component
@Order(-2)
class GatewayErrorHandler implements WebExceptionHandler {

	private static final Log logger = LogFactory.getLog(GatewayErrorHandler.class);

	private final ErrorPages pages;

	private final Refusals refusals;

	private final Duration retryAfter;

	GatewayErrorHandler(ErrorPages pages, Refusals refusals, ErrorPagesProperties properties) {
		this.pages = pages;
		this.refusals = refusals;
		this.retryAfter = properties.retryAfter();
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		HttpStatusCode status = statusOf(ex);
		log(exchange, ex, status);
		exchange.getResponse().getHeaders().clear();
		if (ex instanceof ResponseStatusException statusException) {
			exchange.getResponse().getHeaders().putAll(statusException.getHeaders());
		}
		boolean unavailable = status.value() == 503 || status.value() == 504;
		return this.pages.write(exchange, status, unavailable ? this.retryAfter : null);
	}

	private static HttpStatusCode statusOf(Throwable ex) {
		if (isBackendUnreachable(ex)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		if (ex instanceof ResponseStatusException statusException) {
			return statusException.getStatusCode();
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static boolean isBackendUnreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof PrematureCloseException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private void log(ServerWebExchange exchange, Throwable ex, HttpStatusCode status) {
		if (!status.is5xxServerError()) {
			this.refusals.log(exchange, status, reason(ex));
			return;
		}
		String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath() + " [request "
				+ RequestIds.of(exchange) + "]";
		if (status.value() == 503 || status.value() == 504) {
			Object target = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
			logger.warn("Backend unavailable for " + request + " (" + target + "): " + ex);
		}
		else {
			logger.error("Error while handling " + request, ex);
		}
	}

	private static String reason(Throwable ex) {
		if (ex instanceof ResponseStatusException statusException && statusException.getReason() != null) {
			return statusException.getReason();
		}
		return ex.toString();
	}

}
