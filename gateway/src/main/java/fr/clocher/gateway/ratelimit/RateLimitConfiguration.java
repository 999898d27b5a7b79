package fr.clocher.gateway.ratelimit;

import fr.clocher.gateway.errors.Refusals;
import fr.clocher.gateway.forwarded.ClientAddressResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Chooses the limiter: Redis when {@code clocher.gateway.rate-limit.redis=true}, the
 * in-process one otherwise (and as Redis's fallback). Nothing is registered when
 * {@code clocher.gateway.rate-limit.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "clocher.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

	@Bean
	InProcessRateLimiter inProcessRateLimiter(RateLimitProperties properties) {
		return new InProcessRateLimiter(properties);
	}

	@Bean
	@ConditionalOnBooleanProperty("clocher.gateway.rate-limit.redis")
	RedisRateLimiter redisRateLimiter(ObjectProvider<ReactiveStringRedisTemplate> redis, InProcessRateLimiter inProcess,
			RateLimitProperties properties) {
		return new RedisRateLimiter(redis.getObject(), inProcess, properties);
	}

	@Bean
	RateLimitWebFilter rateLimitWebFilter(ObjectProvider<RedisRateLimiter> redis, InProcessRateLimiter inProcess,
			ClientAddressResolver clients, Refusals refusals) {
		ClientRateLimiter limiter = redis.getIfAvailable(() -> null);
		return new RateLimitWebFilter((limiter != null) ? limiter : inProcess, clients, refusals);
	}

}
