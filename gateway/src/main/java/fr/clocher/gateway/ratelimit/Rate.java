package fr.clocher.gateway.ratelimit;

import java.time.Duration;

/**
 * The token bucket of one rate class.
 *
 * @param replenishRate tokens added to a client's bucket each second (its sustained
 * request rate)
 * @param burstCapacity the size of a bucket (the burst a client may send at once)
 */
public record Rate(double replenishRate, int burstCapacity) {

	public Rate {
		if (replenishRate <= 0) {
			throw new IllegalArgumentException("a rate limit's replenish-rate must be positive");
		}
		if (burstCapacity < 1) {
			throw new IllegalArgumentException("a rate limit's burst-capacity must be at least 1");
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
