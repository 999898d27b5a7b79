package fr.clocher.gateway.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

/**
 * Token buckets held in this process, in a Caffeine map bounded by {@code max-clients}
 * that drops a bucket once it would be full again. Each decision is a map lookup and a
 * few arithmetic operations under the bucket's lock.
 */
class InProcessRateLimiter implements ClientRateLimiter {

	private static final Mono<RateLimitDecision> ALLOWED = Mono.just(RateLimitDecision.ALLOWED);

	private final Map<RateClass, Rate> rates = new EnumMap<>(RateClass.class);

	private final LongSupplier nanoClock;

	private final Cache<Key, Bucket> buckets;

	InProcessRateLimiter(RateLimitProperties properties) {
		this(properties, System::nanoTime);
	}

	InProcessRateLimiter(RateLimitProperties properties, LongSupplier nanoClock) {
		for (RateClass rateClass : RateClass.values()) {
			this.rates.put(rateClass, properties.rate(rateClass));
		}
		Map<RateClass, Duration> refillTimes = new EnumMap<>(RateClass.class);
		this.rates.forEach((rateClass, rate) -> refillTimes.put(rateClass, rate.refillTime()));
		this.nanoClock = nanoClock;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfter(Expiry.accessing((Key key, Bucket bucket) -> refillTimes.get(key.rateClass())))
			.ticker(nanoClock::getAsLong)
			.executor(Runnable::run)
			.build();
	}

	@Override
	public Mono<RateLimitDecision> tryAcquire(RateClass rateClass, String client) {
		RateLimitDecision decision = decide(rateClass, client);
		return decision.allowed() ? ALLOWED : Mono.just(decision);
	}

	RateLimitDecision decide(RateClass rateClass, String client) {
		long now = this.nanoClock.getAsLong();
		Rate rate = this.rates.get(rateClass);
		Bucket bucket = this.buckets.get(new Key(rateClass, client), (key) -> new Bucket(rate.burstCapacity(), now));
		return bucket.take(now, rate.replenishRate() / 1_000_000_000d, rate.burstCapacity());
	}

	long trackedBuckets() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

	/**
	 * Whose bucket: a client's, for one class.
	 *
	 * @param rateClass the class
	 * @param client the client's address
	 */
	private record Key(RateClass rateClass, String client) {

	}

	/**
	 * One client's bucket of one class.
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
