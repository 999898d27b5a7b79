package fr.clocher.bench.wastebilling;

import java.nio.file.Path;
import java.util.Set;

/**
 * The benchmark's options: {@code --payers=100000}, {@code --lifts-per-payer=26},
 * {@code --seed=42}, {@code --searches=2000}, {@code --results=PATH},
 * {@code --keep-database} (left for inspection with psql instead of dropped),
 * {@code --skip=pes,print} (measures left out: printing 100,000 invoices takes hours).
 */
record BenchOptions(int payers, int liftsPerPayer, long seed, int searches, Path results, boolean keepDatabase,
		Set<String> skipped) {

	static BenchOptions parse(String... args) {
		int payers = 100_000;
		int lifts = 26;
		long seed = 42;
		int searches = 2_000;
		Path results = Path.of("target", "waste-billing-results.txt");
		boolean keep = false;
		Set<String> skipped = Set.of();
		for (String arg : args) {
			String value = arg.substring(arg.indexOf('=') + 1);
			if (arg.startsWith("--payers=")) {
				payers = Integer.parseInt(value);
			}
			else if (arg.startsWith("--lifts-per-payer=")) {
				lifts = Integer.parseInt(value);
			}
			else if (arg.startsWith("--seed=")) {
				seed = Long.parseLong(value);
			}
			else if (arg.startsWith("--searches=")) {
				searches = Integer.parseInt(value);
			}
			else if (arg.startsWith("--skip=")) {
				skipped = Set.of(value.split(","));
			}
			else if (arg.equals("--keep-database")) {
				keep = true;
			}
			else if (arg.startsWith("--results=")) {
				results = Path.of(value);
			}
			else {
				throw new IllegalArgumentException("Unknown option " + arg
						+ " (--payers=N --lifts-per-payer=N --seed=N --searches=N --results=PATH --keep-database --skip=pes,print)");
			}
		}
		if (lifts > 180) {
			throw new IllegalArgumentException("--lifts-per-payer: at most one a day over the half-year (180)");
		}
		return new BenchOptions(payers, lifts, seed, searches, results, keep, skipped);
	}

	/** Whether a measure ({@code pes}, {@code print}) is to run. */
	boolean measures(String measure) {
		return !this.skipped.contains(measure);
	}

}
