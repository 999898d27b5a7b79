package fr.clocher.bench.onboarding;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fr.clocher.tenant.reference.ReferenceData;
import fr.clocher.tenant.registry.TenantRegistry;

/**
 * The benchmark's phases, in order:
 * <ol>
 * <li>onboard the baseline tenants (the first ten) through the registry;</li>
 * <li>phase A: give them their notices, then measure the tenant-scoped query over
 * them;</li>
 * <li>onboard everything else through the registry: every intercommunality with its
 * member communes, then the remaining communes of no intercommunality (when the server's
 * autovacuum is off, the registry's tables are analyzed on the way, as it would);</li>
 * <li>check the registry's counts against the plan;</li>
 * <li>phase B: give every other tenant its notices, then measure the same query over all
 * tenants.</li>
 * </ol>
 */
public class OnboardingBenchmark {

	/** The measured table, and the registry's, all freshly filled. */
	static final String[] LOADED_TABLES = { "bench_notice", "tenant", "tenant_host", "tenant_membership" };

	/** The registry's tables, which onboarding fills. */
	static final String[] REGISTRY_TABLES = { "tenant", "tenant_host", "tenant_membership" };

	private static final int LATEST = 10;

	private final ReferenceData reference;

	private final TenantRegistry registry;

	private final NoticeLoader loader;

	private final TableMaintenance maintenance;

	private final LatencyProbe probe;

	private final TenantCensus census;

	private final PrintStream progress;

	OnboardingBenchmark(ReferenceData reference, TenantRegistry registry, NoticeLoader loader,
			TableMaintenance maintenance, LatencyProbe probe, TenantCensus census, PrintStream progress) {
		this.reference = reference;
		this.registry = registry;
		this.loader = loader;
		this.maintenance = maintenance;
		this.probe = probe;
		this.census = census;
		this.progress = progress;
	}

	public BenchmarkResult run(BenchSettings settings) {
		OnboardingPlan plan = OnboardingPlan.from(this.reference, settings);
		this.progress.printf(Locale.ROOT,
				"[plan] %,d tenants: %,d intercommunalities and %,d communes, in %,d registry calls%n", plan.tenants(),
				plan.intercommunalities(), plan.communes(), plan.baseline().size() + plan.rest().size());
		int expectedRows = Math.min(LATEST, settings.noticesPerTenant());
		boolean autovacuum = this.census.serverAutovacuum();
		boolean standIn = !autovacuum && settings.autovacuumStandIn();
		if (standIn) {
			this.progress.println("[plan] the server's autovacuum is off: the benchmark analyzes the registry's "
					+ "tables as it would");
		}
		OnboardingRun run = new OnboardingRun(this.registry, this.progress,
				standIn ? () -> this.maintenance.analyze(REGISTRY_TABLES) : null);

		run.execute(plan.baseline());
		List<BenchTenant> baseline = run.tenants();
		LoadStats loadA = load(baseline, settings);
		this.progress.printf(Locale.ROOT, "[phase A] measuring with %,d tenants%n", baseline.size());
		LatencyProbe.Measured phaseA = this.probe.measure(baseline, expectedRows, settings);

		run.execute(plan.rest());
		List<BenchTenant> all = run.tenants();
		TenantCounts counts = this.census.count();
		check(plan, counts, all);

		Set<UUID> loaded = new HashSet<>(baseline.stream().map(BenchTenant::id).toList());
		LoadStats loadB = load(all.stream().filter((tenant) -> !loaded.contains(tenant.id())).toList(), settings);
		this.progress.printf(Locale.ROOT, "[phase B] measuring with %,d tenants%n", all.size());
		LatencyProbe.Measured phaseB = this.probe.measure(all, expectedRows, settings);

		return new BenchmarkResult(settings, this.census.serverVersion(), autovacuum, run.stats(), counts, loadA, loadB,
				phaseA.latestNotices(), phaseB.latestNotices(), phaseA.bySlug(), phaseB.bySlug());
	}

	private LoadStats load(List<BenchTenant> tenants, BenchSettings settings) {
		this.progress.printf(Locale.ROOT, "[notices] loading %,d notices for %,d tenants%n",
				(long) tenants.size() * settings.noticesPerTenant(), tenants.size());
		LoadStats stats = this.loader.load(tenants, settings.noticesPerTenant(), settings.loadThreads(), this.progress);
		return stats.withMaintenance(this.maintenance.vacuumAnalyze(LOADED_TABLES));
	}

	private static void check(OnboardingPlan plan, TenantCounts counts, List<BenchTenant> onboarded) {
		if (counts.communes() != plan.communes() || counts.intercommunalities() != plan.intercommunalities()
				|| counts.memberships() != plan.memberships() || counts.hosts() != plan.tenants()
				|| onboarded.size() != plan.tenants()) {
			throw new IllegalStateException("The registry holds " + counts + " and the calls returned "
					+ onboarded.size() + " tenants; the plan expected " + plan.communes() + " communes, "
					+ plan.intercommunalities() + " intercommunalities, " + plan.memberships() + " memberships");
		}
	}

}
