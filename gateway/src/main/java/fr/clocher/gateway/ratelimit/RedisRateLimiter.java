package fr.clocher.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Token buckets in Redis, shared by every gateway instance: one hash per class and
 * client, updated atomically by a Lua script (millisecond precision, Redis server time)
 * and expiring once the bucket would be full again. If Redis fails or is slow, the
 * in-process limiter decides instead, so that an outage of Redis neither blocks nor
 * unthrottles traffic; the failure is logged at most once a minute.
 */
class RedisRateLimiter implements ClientRateLimiter {

	private static final Log logger = LogFactory.getLog(RedisRateLimiter.class);

	private static final long LOG_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final RedisScript<List<Long>> SCRIPT = (RedisScript) RedisScript
		.of(new ClassPathResource("fr/clocher/gateway/ratelimit/token_bucket.lua"), List.class);

	private final ReactiveStringRedisTemplate redis;

	private final ClientRateLimiter fallback;

	private final String keyPrefix;

	private final Map<RateClass, List<String>> arguments = new EnumMap<>(RateClass.class);

	private final Duration timeout;

	private final AtomicLong nextLogAt = new AtomicLong(System.nanoTime());

	RedisRateLimiter(ReactiveStringRedisTemplate redis, ClientRateLimiter fallback, RateLimitProperties properties) {
		this.redis = redis;
		this.fallback = fallback;
		this.keyPrefix = properties.redisKeyPrefix();
		for (RateClass rateClass : RateClass.values()) {
			Rate rate = properties.rate(rateClass);
			this.arguments.put(rateClass,
					List.of(Double.toString(rate.replenishRate()), Integer.toString(rate.burstCapacity())));
		}
		this.timeout = properties.redisTimeout();
	}

	@Override
	public Mono<RateLimitDecision> tryAcquire(RateClass rateClass, String client) {
		String key = this.keyPrefix + rateClass.key() + ":" + client;
		return this.redis.execute(SCRIPT, List.of(key), this.arguments.get(rateClass))
			.reduce(new ArrayList<Long>(2), (all, part) -> {
				all.addAll(part);
				return all;
			})
			.map(RedisRateLimiter::decision)
			.timeout(this.timeout)
			.onErrorResume((ex) -> {
				logFailure(ex);
				return this.fallback.tryAcquire(rateClass, client);
			});
	}

	private static RateLimitDecision decision(List<Long> result) {
		if (result.get(0) == 1L) {
			return RateLimitDecision.ALLOWED;
		}
		return RateLimitDecision.deniedFor(Duration.ofMillis(result.get(1)));
	}

	private void logFailure(Throwable ex) {
		long now = System.nanoTime();
		long next = this.nextLogAt.get();
		if (now - next >= 0 && this.nextLogAt.compareAndSet(next, now + LOG_INTERVAL_NANOS)) {
			logger.warn("Redis rate limiter unavailable, limiting in process meanwhile: " + ex);
		}
	}

}
