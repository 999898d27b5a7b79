package fr.clocher.gateway.ratelimit;

import fr.clocher.gateway.errors.Refusals;
import fr.clocher.gateway.forwarded.ClientAddressResolver;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Counts each request against its client's bucket of the request's class before any
 * routing work, and answers 429 with {@code Retry-After} once that bucket is empty.
 */
class RateLimitWebFilter implements WebFilter, Ordered {

	private final ClientRateLimiter limiter;

	private final ClientAddressResolver clients;

	private final Refusals refusals;

	RateLimitWebFilter(ClientRateLimiter limiter, ClientAddressResolver clients, Refusals refusals) {
		this.limiter = limiter;
		this.clients = clients;
		this.refusals = refusals;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		RateClass rateClass = RateClass.of(exchange.getRequest());
		String client = this.clients.resolve(exchange.getRequest());
		return this.limiter.tryAcquire(rateClass, client)
			.flatMap((decision) -> decision.allowed() ? chain.filter(exchange)
					: this.refusals.refuse(exchange, HttpStatus.TOO_MANY_REQUESTS,
							"past the rate limit of the " + rateClass.key() + " class", decision.retryAfter()));
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
