package fr.clocher.bench.onboarding;

import java.lang.management.ManagementFactory;

/**
 * The latency of one unit of work, measured many times.
 *
 * @param work what was measured
 * @param tenants how many tenants the work was spread over, at random
 * @param warmup iterations run before measuring
 * @param samples measured iterations (after the warm-up)
 * @param medianNanos median
 * @param p99Nanos 99th percentile
 * @param meanNanos mean
 * @param maxNanos slowest
 * @param loadAverage the machine's one-minute load average when the measurement ended
 * (other processes compete for the same cores), negative if unknown
 */
public record LatencyStats(String work, int tenants, int warmup, int samples, long medianNanos, long p99Nanos,
		long meanNanos, long maxNanos, double loadAverage) {

	static LatencyStats of(String work, int tenants, int warmup, long[] samples) {
		long sum = 0;
		long max = 0;
		for (long sample : samples) {
			sum += sample;
			max = Math.max(max, sample);
		}
		return new LatencyStats(work, tenants, warmup, samples.length, Nanos.percentile(samples, 50),
				Nanos.percentile(samples, 99), sum / Math.max(1, samples.length), max,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
