/**
 * Rate limiting per client address (see {@code fr.clocher.gateway.forwarded}): a token
 * bucket per client, refilled at {@code replenish-rate} tokens a second up to
 * {@code burst-capacity}. The buckets live in Redis when
 * {@code clocher.gateway.rate-limit.redis=true} (shared by every gateway instance),
 * otherwise in a bounded in-process map that forgets idle clients. Past the limit the
 * gateway answers 429 with {@code Retry-After} and a short page or problem document.
 */
package fr.clocher.gateway.ratelimit;
