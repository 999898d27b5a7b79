package fr.clocher.gateway.bodylimit;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ends a request body that passed its limit while streaming. It carries no stack trace:
 * Reactor Netty logs it when it aborts the connection to the backend, and the reason is
 * all there is to say.
 */
final class BodyTooLargeException extends ResponseStatusException {

	BodyTooLargeException(long limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "body longer than the limit of " + limit + " bytes");
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
