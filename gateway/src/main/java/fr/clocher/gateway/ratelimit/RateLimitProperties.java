package fr.clocher.gateway.ratelimit;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limiting per client address and rate class.
 *
 * @param enabled whether requests are limited at all
 * @param replenishRate tokens added each second to a client's bucket of the
 * {@code public} class
 * @param burstCapacity the size of a bucket of the {@code public} class
 * @param maxClients the most buckets the in-process limiter keeps; past it, the least
 * recently used are forgotten
 * @param redis whether the buckets live in Redis ({@code spring.data.redis.*}) instead of
 * in this process; when Redis fails, the in-process limiter takes over until it answers
 * again
 * @param redisKeyPrefix the prefix of the Redis keys, one key per class and client
 * @param redisTimeout how long a request waits for Redis before the in-process limiter
 * decides
 * @param classes the buckets of the other classes ({@code sign-in}, {@code api},
 * {@code admin}, {@code public-submission}); a class left out gets its default
 */
@ConfigurationProperties("clocher.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("50") double replenishRate,
		@DefaultValue("100") int burstCapacity, @DefaultValue("100000") int maxClients,
		@DefaultValue("false") boolean redis, @DefaultValue("clocher:gateway:rate:") String redisKeyPrefix,
		@DefaultValue("250ms") Duration redisTimeout, Map<RateClass, Rate> classes) {

	private static final Map<RateClass, Rate> DEFAULTS = Map.of(RateClass.SIGN_IN, new Rate(5, 20), RateClass.API,
			new Rate(20, 60), RateClass.ADMIN, new Rate(50, 200), RateClass.PUBLIC_SUBMISSION, new Rate(1, 10));

	public RateLimitProperties {
		if (maxClients < 1) {
			throw new IllegalArgumentException("clocher.gateway.rate-limit.max-clients must be at least 1");
		}
		if (classes != null && classes.containsKey(RateClass.PUBLIC)) {
			throw new IllegalArgumentException("the public class is set by clocher.gateway.rate-limit.replenish-rate "
					+ "and burst-capacity, not under classes");
		}
		Map<RateClass, Rate> all = new EnumMap<>(DEFAULTS);
		if (classes != null) {
			all.putAll(classes);
		}
		all.put(RateClass.PUBLIC, new Rate(replenishRate, burstCapacity));
		classes = Collections.unmodifiableMap(all);
	}

	/**
	 * The bucket of a class.
	 * @param rateClass the class
	 * @return its rate and burst
	 */
	Rate rate(RateClass rateClass) {
		return this.classes.get(rateClass);
	}

}
