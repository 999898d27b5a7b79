package fr.clocher.bench.onboarding;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.clocher.bench.onboarding.OnboardingStep.Kind;
import fr.clocher.tenant.registry.Tenant;
import fr.clocher.tenant.registry.TenantRegistry;

/**
 * Makes a plan's registry calls one after the other, as an operator would, timing each;
 * remembers the tenants they created. One run is used for a whole benchmark, in parts.
 *
 * <p>
 * Standing in for autovacuum (when asked to: the server's is off) it calls
 * {@code analyze} whenever the registry has grown by autovacuum's default analyze
 * threshold since the last time: 50 tenants plus 10%. Without statistics PostgreSQL keeps
 * the plans it made for a nearly empty {@code tenant} table, sequential scans included
 * (the foreign-key checks of every host and membership insert among them), and onboarding
 * slows down as the registry grows.
 */
class OnboardingRun {

	private static final int PROGRESS_EVERY = 100;

	private static final int ANALYZE_THRESHOLD = 50;

	private static final double ANALYZE_SCALE_FACTOR = 0.1;

	private final TenantRegistry registry;

	private final PrintStream progress;

	private final Runnable analyze;

	private final Map<UUID, BenchTenant> tenants = new LinkedHashMap<>();

	private final List<CallTiming> calls = new ArrayList<>();

	private long elapsedNanos;

	private int analyzeRuns;

	private long analyzeNanos;

	private int analyzeAt = ANALYZE_THRESHOLD;

	/**
	 * A run that stands in for autovacuum with {@code analyze}, within the onboarding
	 * time, unless that is {@code null}.
	 */
	OnboardingRun(TenantRegistry registry, PrintStream progress, Runnable analyze) {
		this.registry = registry;
		this.progress = progress;
		this.analyze = analyze;
	}

	void execute(List<OnboardingStep> steps) {
		long totalIntercommunalities = steps.stream().filter((s) -> s.kind() == Kind.INTERCOMMUNALITY).count();
		int intercommunalities = 0;
		int tenantsBefore = this.tenants.size();
		long start = System.nanoTime();
		for (OnboardingStep step : steps) {
			long before = System.nanoTime();
			Tenant tenant = (step.kind() == Kind.INTERCOMMUNALITY) ? this.registry.onboardIntercommunality(step.code())
					: this.registry.createCommune(step.code(), null);
			this.calls.add(new CallTiming(this.calls.size() + 1, step, System.nanoTime() - before));
			remember(tenant);
			if (this.analyze != null && this.tenants.size() >= this.analyzeAt) {
				analyze();
			}
			if (step.kind() == Kind.INTERCOMMUNALITY && ++intercommunalities % PROGRESS_EVERY == 0) {
				report(intercommunalities, totalIntercommunalities, tenantsBefore, start);
			}
		}
		this.elapsedNanos += System.nanoTime() - start;
		if (intercommunalities % PROGRESS_EVERY != 0) {
			report(intercommunalities, totalIntercommunalities, tenantsBefore, start);
		}
	}

	/** Every tenant created so far, in the order of creation. */
	List<BenchTenant> tenants() {
		return List.copyOf(this.tenants.values());
	}

	OnboardingStats stats() {
		return OnboardingStats.of(this.calls, this.elapsedNanos, this.analyzeRuns, this.analyzeNanos);
	}

	private void analyze() {
		long start = System.nanoTime();
		this.analyze.run();
		this.analyzeNanos += System.nanoTime() - start;
		this.analyzeRuns++;
		int size = this.tenants.size();
		this.analyzeAt = size + ANALYZE_THRESHOLD + (int) (ANALYZE_SCALE_FACTOR * size);
	}

	private void remember(Tenant tenant) {
		this.tenants.putIfAbsent(tenant.getId(), new BenchTenant(tenant.getId(), tenant.getSlug(), tenant.getKind()));
		for (Tenant member : tenant.getMembers()) {
			this.tenants.putIfAbsent(member.getId(),
					new BenchTenant(member.getId(), member.getSlug(), member.getKind()));
		}
	}

	private void report(int intercommunalities, long total, int tenantsBefore, long start) {
		double seconds = (System.nanoTime() - start) / 1e9;
		this.progress.printf(Locale.ROOT,
				"[onboarding] %,d/%,d intercommunalities, %,d tenants on the platform, %.1f s, %,.0f tenants/s%n",
				intercommunalities, total, this.tenants.size(), seconds,
				(this.tenants.size() - tenantsBefore) / Math.max(seconds, 1e-9));
	}

}
