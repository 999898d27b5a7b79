/**
 * Rate limiting per client address (see {@code fr.clocher.gateway.forwarded}) and rate
 * class ({@link fr.clocher.gateway.ratelimit.RateClass}: sign-in, API, admin, public-site
 * submissions, everything else): a token bucket per class and client, refilled at the
 * class's {@code replenish-rate} tokens a second up to its {@code burst-capacity}, so
 * that a client out of sign-in attempts still reads the public sites. The buckets live in
 * Redis when {@code clocher.gateway.rate-limit.redis=true} (shared by every gateway
 * instance), otherwise in a bounded in-process map that forgets idle buckets. Past the
 * limit the gateway answers 429 with {@code Retry-After} and a short page or problem
 * document.
 */
package fr.clocher.gateway.ratelimit;
