package fr.clocher.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limiting per client address.
 *
 * @param enabled whether requests are limited at all
 * @param replenishRate tokens added to a client's bucket each second (its sustained
 * request rate)
 * @param burstCapacity the size of a bucket (the burst a client may send at once)
 * @param maxClients the most clients the in-process limiter tracks; past it, the least
 * recently seen are forgotten
 * @param redis whether the buckets live in Redis ({@code spring.data.redis.*}) instead of
 * in this process; when Redis fails, the in-process limiter takes over until it answers
 * again
 * @param redisKeyPrefix the prefix of the Redis keys, one key per client
 * @param redisTimeout how long a request waits for Redis before the in-process limiter
 * decides
 */
@ConfigurationProperties("clocher.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("50") double replenishRate,
		@DefaultValue("100") int burstCapacity, @DefaultValue("100000") int maxClients,
		@DefaultValue("false") boolean redis, @DefaultValue("clocher:gateway:rate:") String redisKeyPrefix,
		@DefaultValue("250ms") Duration redisTimeout) {

	public RateLimitProperties {
		if (replenishRate <= 0) {
			throw new IllegalArgumentException("clocher.gateway.rate-limit.replenish-rate must be positive");
		}
		if (burstCapacity < 1) {
			throw new IllegalArgumentException("clocher.gateway.rate-limit.burst-capacity must be at least 1");
		}
		if (maxClients < 1) {
			throw new IllegalArgumentException("clocher.gateway.rate-limit.max-clients must be at least 1");
		}
	}

	/**
	 * How long an untouched bucket takes to fill up again: past it, forgetting the client
	 * changes nothing.
	 * @return the refill time
	 */
	Duration refillTime() {
		return Duration.ofNanos((long) Math.ceil(this.burstCapacity / this.replenishRate * 1_000_000_000L));
	}

}
