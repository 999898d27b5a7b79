package fr.clocher.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-process token bucket against a clock the test moves.
 */
class InProcessRateLimiterTests {

	private final AtomicLong clock = new AtomicLong(1_000_000_000L);

	@Test
	void allowsTheBurstThenAsksToWaitForTheNextToken() {
		InProcessRateLimiter limiter = limiter(2, 4, 1000);
		for (int i = 0; i < 4; i++) {
			assertThat(limiter.decide(RateClass.PUBLIC, "a").allowed()).isTrue();
		}
		RateLimitDecision refused = limiter.decide(RateClass.PUBLIC, "a");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
		advance(499);
		assertThat(limiter.decide(RateClass.PUBLIC, "a").allowed()).isFalse();
		advance(2);
		assertThat(limiter.decide(RateClass.PUBLIC, "a").allowed()).isTrue();
	}

	@Test
	void refillsUpToTheBurstOnly() {
		InProcessRateLimiter limiter = limiter(2, 4, 1000);
		limiter.decide(RateClass.PUBLIC, "a");
		advance(60_000);
		for (int i = 0; i < 4; i++) {
			assertThat(limiter.decide(RateClass.PUBLIC, "a").allowed()).isTrue();
		}
		assertThat(limiter.decide(RateClass.PUBLIC, "a").allowed()).isFalse();
	}

	@Test
	void clientsAreCountedApart() {
		InProcessRateLimiter limiter = limiter(1, 1, 1000);
		assertThat(limiter.decide(RateClass.PUBLIC, "a").allowed()).isTrue();
		assertThat(limiter.decide(RateClass.PUBLIC, "a").allowed()).isFalse();
		assertThat(limiter.decide(RateClass.PUBLIC, "b").allowed()).isTrue();
	}

	@Test
	void eachClassHasItsOwnBucketAndRate() {
		InProcessRateLimiter limiter = limiter(10, 20, 1000);
		assertThat(limiter.decide(RateClass.SIGN_IN, "a").allowed()).isTrue();
		assertThat(limiter.decide(RateClass.SIGN_IN, "a").allowed()).isTrue();
		RateLimitDecision refused = limiter.decide(RateClass.SIGN_IN, "a");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
		assertThat(limiter.decide(RateClass.PUBLIC, "a").allowed()).isTrue();
		assertThat(limiter.decide(RateClass.SIGN_IN, "b").allowed()).isTrue();
	}

	@Test
	void memoryIsBoundedAndIdleClientsAreForgotten() {
		InProcessRateLimiter limiter = limiter(10, 20, 100);
		for (int i = 0; i < 10_000; i++) {
			limiter.decide(RateClass.PUBLIC, "client-" + i);
		}
		assertThat(limiter.trackedBuckets()).isLessThanOrEqualTo(100);
		// 20 tokens at 10 a second: a bucket untouched for 2 s is full, so it is dropped
		advance(2_001);
		assertThat(limiter.trackedBuckets()).isZero();
	}

	private InProcessRateLimiter limiter(double rate, int burst, int maxClients) {
		RateLimitProperties properties = new RateLimitProperties(true, rate, burst, maxClients, false, "k:",
				Duration.ofMillis(250), Map.of(RateClass.SIGN_IN, new Rate(1, 2)));
		return new InProcessRateLimiter(properties, this.clock::get);
	}

	private void advance(long millis) {
		this.clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
	}

}
