package fr.clocher.gateway.ratelimit;

import fr.clocher.gateway.errors.ErrorPages;
import fr.clocher.gateway.forwarded.ClientAddressResolver;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Counts each request against its client's bucket before any routing work, and answers
 * 429 with {@code Retry-After} once the bucket is empty.
 */
class RateLimitWebFilter implements WebFilter, Ordered {

	private final ClientRateLimiter limiter;

	private final ClientAddressResolver clients;

	private final ErrorPages pages;

	RateLimitWebFilter(ClientRateLimiter limiter, ClientAddressResolver clients, ErrorPages pages) {
		this.limiter = limiter;
		this.clients = clients;
		this.pages = pages;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String client = this.clients.resolve(exchange.getRequest());
		return this.limiter.tryAcquire(client)
			.flatMap((decision) -> decision.allowed() ? chain.filter(exchange)
					: this.pages.write(exchange, HttpStatus.TOO_MANY_REQUESTS, decision.retryAfter()));
	}

	@Override
	public int getOrder() {
		// right after the security headers, so that a 429 carries them too
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	ClientRateLimiter limiter() {
		return this.limiter;
	}

}
