package fr.clocher.bench.announcements;

import java.util.Arrays;

/**
 * Nanosecond samples and their percentiles (nearest rank), in milliseconds.
 */
final class Latencies {

	private long[] samples = new long[64];

	private int count;

	void add(long nanos) {
		if (this.count == this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, this.count * 2);
		}
		this.samples[this.count++] = nanos;
	}

	int count() {
		return this.count;
	}

	double percentileMillis(double percentile) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.samples, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * this.count);
		return sorted[Math.max(0, Math.min(this.count - 1, rank - 1))] / 1e6;
	}

	double maxMillis() {
		return percentileMillis(100);
	}

}
