package fr.clocher.bench.onboarding;

import java.util.Arrays;
import java.util.Locale;

/**
 * Durations measured with {@link System#nanoTime()}: percentiles and display.
 */
final class Nanos {

	private Nanos() {
	}

	/** The nearest-rank percentile of {@code samples}, which it sorts. */
	static long percentile(long[] samples, double percent) {
		if (samples.length == 0) {
			return 0;
		}
		Arrays.sort(samples);
		int rank = (int) Math.ceil(percent / 100.0 * samples.length);
		return samples[Math.max(0, Math.min(samples.length, rank) - 1)];
	}

	static String millis(long nanos) {
		return String.format(Locale.ROOT, "%,.3f ms", nanos / 1e6);
	}

	static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%,.1f s", nanos / 1e9);
	}

}
