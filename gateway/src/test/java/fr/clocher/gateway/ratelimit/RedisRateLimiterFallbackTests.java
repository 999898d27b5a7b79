package fr.clocher.gateway.ratelimit;

import java.time.Duration;

import fr.clocher.gateway.testsupport.RecordingBackend;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Redis cannot be reached, the Redis limiter neither fails nor lets everything
 * through: the in-process limiter decides.
 */
class RedisRateLimiterFallbackTests {

	@Test
	void theInProcessLimiterDecidesWhileRedisIsDown() {
		int closedPort = Integer.parseInt(RecordingBackend.closedUrl().replaceFirst(".*:", ""));
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", closedPort));
		factory.afterPropertiesSet();
		factory.start();
		try {
			RateLimitProperties properties = new RateLimitProperties(true, 0.2, 2, 100, true, "k:",
					Duration.ofMillis(500), null);
			RedisRateLimiter limiter = new RedisRateLimiter(new ReactiveStringRedisTemplate(factory),
					new InProcessRateLimiter(properties), properties);
			assertThat(limiter.tryAcquire(RateClass.PUBLIC, "a").block(Duration.ofSeconds(5)).allowed()).isTrue();
			assertThat(limiter.tryAcquire(RateClass.PUBLIC, "a").block(Duration.ofSeconds(5)).allowed()).isTrue();
			RateLimitDecision refused = limiter.tryAcquire(RateClass.PUBLIC, "a").block(Duration.ofSeconds(5));
			assertThat(refused.allowed()).isFalse();
			assertThat(refused.retryAfter()).isPositive();
		}
		finally {
			factory.destroy();
		}
	}

}
