package fr.clocher.gateway.ratelimit;

import java.time.Duration;

/**
 * Whether a request may pass, and if not how long the client should wait.
 *
 * @param allowed whether the request may pass
 * @param retryAfter the wait before a token is available again (zero when allowed)
 */
record RateLimitDecision(boolean allowed, Duration retryAfter) {

	static final RateLimitDecision ALLOWED = new RateLimitDecision(true, Duration.ZERO);

	static RateLimitDecision deniedFor(Duration retryAfter) {
		return new RateLimitDecision(false, retryAfter);
	}

}
