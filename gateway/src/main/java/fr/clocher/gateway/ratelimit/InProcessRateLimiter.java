package fr.clocher.gateway.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

/**
 * Token buckets held in this process, in a Caffeine map bounded by {@code max-clients}
 * that drops a client once its bucket would be full again. Each decision is a map lookup
 * and a few arithmetic operations under the bucket's lock.
 */
class InProcessRateLimiter implements ClientRateLimiter {

	private static final Mono<RateLimitDecision> ALLOWED = Mono.just(RateLimitDecision.ALLOWED);

	private final double tokensPerNano;

	private final double capacity;

	private final LongSupplier nanoClock;

	private final Cache<String, Bucket> buckets;

	InProcessRateLimiter(RateLimitProperties properties) {
		this(properties, System::nanoTime);
	}

	InProcessRateLimiter(RateLimitProperties properties, LongSupplier nanoClock) {
		this.tokensPerNano = properties.replenishRate() / 1_000_000_000d;
		this.capacity = properties.burstCapacity();
		this.nanoClock = nanoClock;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(properties.refillTime())
			.ticker(nanoClock::getAsLong)
			.executor(Runnable::run)
			.build();
	}

	@Override
	public Mono<RateLimitDecision> tryAcquire(String client) {
		RateLimitDecision decision = decide(client);
		return decision.allowed() ? ALLOWED : Mono.just(decision);
	}

	RateLimitDecision decide(String client) {
		long now = this.nanoClock.getAsLong();
		Bucket bucket = this.buckets.get(client, (key) -> new Bucket(this.capacity, now));
		return bucket.take(now, this.tokensPerNano, this.capacity);
	}

	long trackedClients() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

	/**
	 * One client's bucket.
	 */
	private static final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updatedAt = now;
		}

		synchronized RateLimitDecision take(long now, double tokensPerNano, double capacity) {
			if (now > this.updatedAt) {
				this.tokens = Math.min(capacity, this.tokens + (now - this.updatedAt) * tokensPerNano);
				this.updatedAt = now;
			}
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return RateLimitDecision.ALLOWED;
			}
			long waitNanos = (long) Math.ceil((1 - this.tokens) / tokensPerNano);
			return RateLimitDecision.deniedFor(Duration.ofNanos(waitNanos));
		}

	}

}
