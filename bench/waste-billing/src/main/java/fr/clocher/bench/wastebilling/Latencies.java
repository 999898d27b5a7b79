package fr.clocher.bench.wastebilling;

import java.util.Arrays;

/** Measured durations in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {

	private final long[] nanos;

	private int count;

	Latencies(int capacity) {
		this.nanos = new long[capacity];
	}

	void add(long duration) {
		this.nanos[this.count++] = duration;
	}

	double percentile(double p) {
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
