package fr.clocher.gateway.ratelimit;

import reactor.core.publisher.Mono;

/**
 * Takes one token from a client's bucket of a rate class.
 */
interface ClientRateLimiter {

	/**
	 * Takes a token for one request of the client, if there is one.
	 * @param rateClass the class of the request
	 * @param client the client's key (its address)
	 * @return the decision, never an error
	 */
	Mono<RateLimitDecision> tryAcquire(RateClass rateClass, String client);

}
