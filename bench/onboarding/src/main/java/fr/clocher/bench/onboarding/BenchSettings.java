package fr.clocher.bench.onboarding;

import java.util.Locale;

/**
 * How much the benchmark onboards and how long it measures.
 *
 * @param intercommunalities how many intercommunalities to onboard, {@link #ALL} for
 * every one
 * @param loneCommunes how many communes that belong to no intercommunality to create,
 * {@link #ALL} for every one
 * @param baselineTenants the tenants onboarded first and measured alone (phase A); they
 * are lone communes
 * @param noticesPerTenant the rows each tenant gets in the measured table
 * @param warmup iterations run and discarded before each measurement, at least (see
 * {@link LatencyProbe})
 * @param iterations iterations measured
 * @param loadThreads threads that load the notices
 * @param autovacuumStandIn when the server's autovacuum is off, analyze the registry's
 * tables while onboarding as autovacuum would (see {@link OnboardingRun})
 * @param seed the seed of the random choice of tenants
 */
public record BenchSettings(int intercommunalities, int loneCommunes, int baselineTenants, int noticesPerTenant,
		int warmup, int iterations, int loadThreads, boolean autovacuumStandIn, long seed) {

	public static final int ALL = -1;

	public BenchSettings {
		require(intercommunalities >= ALL, "intercommunalities");
		require(loneCommunes >= ALL, "lone-communes");
		require(baselineTenants >= 1, "baseline-tenants");
		require(noticesPerTenant >= 1, "notices-per-tenant");
		require(warmup >= 0, "warmup");
		require(iterations >= 1, "iterations");
		require(loadThreads >= 1, "load-threads");
	}

	/** Everything: every intercommunality and every lone commune. */
	public static BenchSettings full() {
		return new BenchSettings(ALL, ALL, 10, 20, 10_000, 5_000, 4, true, 20_240_101L);
	}

	/**
	 * {@link #full()} changed by {@code --name=value} arguments, e.g.
	 * {@code --intercommunalities=20 --iterations=1000}.
	 */
	public static BenchSettings parse(String... args) {
		BenchSettings settings = full();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Expected --name=value, got " + arg);
			}
			String name = arg.substring(2, arg.indexOf('=')).toLowerCase(Locale.ROOT);
			String value = arg.substring(arg.indexOf('=') + 1);
			settings = settings.with(name, value);
		}
		return settings;
	}

	private BenchSettings with(String name, String value) {
		int[] n = { this.intercommunalities, this.loneCommunes, this.baselineTenants, this.noticesPerTenant,
				this.warmup, this.iterations, this.loadThreads };
		boolean standIn = this.autovacuumStandIn;
		long seed = this.seed;
		int number = switch (name) {
			case "seed", "autovacuum-stand-in" -> 0;
			default -> "all".equalsIgnoreCase(value) ? ALL : Integer.parseInt(value);
		};
		switch (name) {
			case "intercommunalities" -> n[0] = number;
			case "lone-communes" -> n[1] = number;
			case "baseline-tenants" -> n[2] = number;
			case "notices-per-tenant" -> n[3] = number;
			case "warmup" -> n[4] = number;
			case "iterations" -> n[5] = number;
			case "load-threads" -> n[6] = number;
			case "autovacuum-stand-in" -> standIn = flag(value);
			case "seed" -> seed = Long.parseLong(value);
			default -> throw new IllegalArgumentException("Unknown setting --" + name);
		}
		return new BenchSettings(n[0], n[1], n[2], n[3], n[4], n[5], n[6], standIn, seed);
	}

	private static boolean flag(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "on", "true", "yes" -> true;
			case "off", "false", "no" -> false;
			default -> throw new IllegalArgumentException("Expected on or off, got " + value);
		};
	}

	private static void require(boolean condition, String name) {
		if (!condition) {
			throw new IllegalArgumentException("Invalid value for --" + name);
		}
	}

}
