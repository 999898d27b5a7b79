package fr.clocher.bench.onboarding;

/**
 * Everything one run measured.
 *
 * @param settings what was asked
 * @param serverVersion the PostgreSQL version
 * @param serverAutovacuum whether the server's autovacuum is on
 * @param onboarding the registry calls
 * @param counts what the registry holds at the end
 * @param loadA the notices of the baseline tenants
 * @param loadB the notices of every other tenant
 * @param queryA the tenant-scoped query with the baseline tenants only (phase A)
 * @param queryB the same with every tenant onboarded and loaded (phase B)
 * @param bySlugA the query preceded by the registry lookup, phase A
 * @param bySlugB the same, phase B
 */
public record BenchmarkResult(BenchSettings settings, String serverVersion, boolean serverAutovacuum,
		OnboardingStats onboarding, TenantCounts counts, LoadStats loadA, LoadStats loadB, LatencyStats queryA,
		LatencyStats queryB, LatencyStats bySlugA, LatencyStats bySlugB) {

	public double medianRatio() {
		return ratio(this.queryB.medianNanos(), this.queryA.medianNanos());
	}

	public double p99Ratio() {
		return ratio(this.queryB.p99Nanos(), this.queryA.p99Nanos());
	}

	public double bySlugMedianRatio() {
		return ratio(this.bySlugB.medianNanos(), this.bySlugA.medianNanos());
	}

	public double bySlugP99Ratio() {
		return ratio(this.bySlugB.p99Nanos(), this.bySlugA.p99Nanos());
	}

	private static double ratio(long b, long a) {
		return (double) b / Math.max(1, a);
	}

}
