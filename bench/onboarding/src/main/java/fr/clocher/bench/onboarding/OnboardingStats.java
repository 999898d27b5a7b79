package fr.clocher.bench.onboarding;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import fr.clocher.bench.onboarding.OnboardingStep.Kind;

/**
 * What onboarding cost, over every registry call of the run. The first call of the run is
 * also the JVM's first (class loading, cold code): the "after the first" figures leave it
 * out, the others do not.
 *
 * @param intercommunalityCalls calls to {@code onboardIntercommunality}
 * @param communeCalls calls to {@code createCommune}
 * @param tenants tenants the calls created
 * @param elapsedNanos wall-clock time spent onboarding (the measurement of phase A, in
 * between, is not counted)
 * @param slowest the slowest single call
 * @param slowestAfterFirst the slowest call but the first, or {@code null}
 * @param slowestCommuneAfterFirst the slowest {@code createCommune} call but the first,
 * or {@code null}
 * @param slowestPerTenantAfterFirst the call but the first with the most time per tenant
 * it created, or {@code null}
 * @param medianCallNanos median time of a call
 * @param p99CallNanos 99th percentile time of a call
 * @param analyzeRuns how many times the benchmark analyzed the registry's tables while
 * onboarding, standing in for the server's autovacuum
 * @param analyzeNanos the time that took, counted in {@code elapsedNanos}
 */
public record OnboardingStats(int intercommunalityCalls, int communeCalls, int tenants, long elapsedNanos,
		CallTiming slowest, CallTiming slowestAfterFirst, CallTiming slowestCommuneAfterFirst,
		CallTiming slowestPerTenantAfterFirst, long medianCallNanos, long p99CallNanos, int analyzeRuns,
		long analyzeNanos) {

	static OnboardingStats of(List<CallTiming> calls, long elapsedNanos, int analyzeRuns, long analyzeNanos) {
		if (calls.isEmpty()) {
			throw new IllegalArgumentException("No registry call was made");
		}
		long[] nanos = calls.stream().mapToLong(CallTiming::nanos).toArray();
		Predicate<CallTiming> afterFirst = (call) -> call.number() > 1;
		Predicate<CallTiming> commune = (call) -> call.step().kind() == Kind.COMMUNE;
		return new OnboardingStats(count(calls, Kind.INTERCOMMUNALITY), count(calls, Kind.COMMUNE),
				calls.stream().mapToInt((call) -> call.step().newTenants()).sum(), elapsedNanos,
				max(calls, (call) -> true, CallTiming::nanos), max(calls, afterFirst, CallTiming::nanos),
				max(calls, afterFirst.and(commune), CallTiming::nanos),
				max(calls, afterFirst, CallTiming::nanosPerTenant), Nanos.percentile(nanos, 50),
				Nanos.percentile(nanos, 99), analyzeRuns, analyzeNanos);
	}

	public int calls() {
		return this.intercommunalityCalls + this.communeCalls;
	}

	public double tenantsPerSecond() {
		return this.tenants / (this.elapsedNanos / 1e9);
	}

	private static CallTiming max(List<CallTiming> calls, Predicate<CallTiming> which, ToLongFunction<CallTiming> by) {
		return calls.stream().filter(which).max(Comparator.comparingLong(by)).orElse(null);
	}

	private static int count(List<CallTiming> calls, Kind kind) {
		return (int) calls.stream().filter((call) -> call.step().kind() == kind).count();
	}

}
