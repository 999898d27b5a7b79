package fr.clocher.bench.onboarding;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.ToIntFunction;

import fr.clocher.bench.onboarding.notices.BenchNotice;
import fr.clocher.bench.onboarding.notices.BenchNoticeRepository;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;

/**
 * Measures two tenant-scoped units of work for tenants picked at random, each iteration
 * timed alone with {@link System#nanoTime()}:
 * <ul>
 * <li>the query: a tenant's latest ten notices, in a transaction of its own
 * ({@link TenantWork#inTenant});</li>
 * <li>the same, preceded by what a request does first: finding the tenant in the registry
 * from its slug, as the tenant filter does.</li>
 * </ul>
 * Both are warmed up together: the iterations asked for, then rounds until no round's
 * median improves by 2% any more, so that both phases are measured on code as warm. They
 * are then measured in interleaved slices, so that whatever else runs on the machine
 * weighs on both alike. Every answer is checked (the expected number of notices, all of
 * the tenant's own): a fast wrong answer cannot pass for a fast one.
 */
class LatencyProbe {

	static final String LATEST_NOTICES = "TenantWork.inTenant(tenant, latest 10 notices)";

	static final String BY_SLUG = "tenant looked up by slug, then the same";

	private static final int WARMUP_ROUND = 1_000;

	private static final int MAX_WARMUP_ROUNDS = 30;

	private static final int SLICES = 10;

	private final TenantWork work;

	private final BenchNoticeRepository notices;

	private final TenantDirectory directory;

	LatencyProbe(TenantWork work, BenchNoticeRepository notices, TenantDirectory directory) {
		this.work = work;
		this.notices = notices;
		this.directory = directory;
	}

	/** Both units of work over {@code tenants}, each holding {@code expectedRows}. */
	Measured measure(List<BenchTenant> tenants, int expectedRows, BenchSettings settings) {
		List<ToIntFunction<BenchTenant>> units = List.of((tenant) -> latest(tenant.id(), expectedRows), (tenant) -> {
			TenantRef ref = this.directory.bySlug(tenant.slug())
				.orElseThrow(() -> new IllegalStateException("No tenant has the slug " + tenant.slug()));
			return latest(ref.id(), expectedRows);
		});
		Random random = new Random(settings.seed());
		int warmup = warmUp(units, tenants, random, settings);
		System.gc();
		long[][] samples = new long[units.size()][settings.iterations()];
		int slice = Math.max(1, settings.iterations() / SLICES);
		for (int from = 0; from < settings.iterations(); from += slice) {
			int to = Math.min(from + slice, settings.iterations());
			for (int unit = 0; unit < units.size(); unit++) {
				time(units.get(unit), tenants, random, samples[unit], from, to);
			}
		}
		return new Measured(LatencyStats.of(LATEST_NOTICES, tenants.size(), warmup, samples[0]),
				LatencyStats.of(BY_SLUG, tenants.size(), warmup, samples[1]));
	}

	private static int warmUp(List<ToIntFunction<BenchTenant>> units, List<BenchTenant> tenants, Random random,
			BenchSettings settings) {
		for (int i = 0; i < settings.warmup(); i++) {
			for (ToIntFunction<BenchTenant> unit : units) {
				unit.applyAsInt(tenants.get(random.nextInt(tenants.size())));
			}
		}
		int warmup = settings.warmup();
		long[] previous = new long[units.size()];
		Arrays.fill(previous, Long.MAX_VALUE);
		long[] round = new long[Math.min(WARMUP_ROUND, settings.iterations())];
		for (int i = 0; i < MAX_WARMUP_ROUNDS; i++) {
			boolean improving = false;
			for (int unit = 0; unit < units.size(); unit++) {
				time(units.get(unit), tenants, random, round, 0, round.length);
				long median = Nanos.percentile(round, 50);
				improving |= median < previous[unit] * 0.98;
				previous[unit] = median;
			}
			warmup += round.length;
			if (!improving) {
				break;
			}
		}
		return warmup;
	}

	private static void time(ToIntFunction<BenchTenant> unit, List<BenchTenant> tenants, Random random, long[] samples,
			int from, int to) {
		for (int i = from; i < to; i++) {
			BenchTenant tenant = tenants.get(random.nextInt(tenants.size()));
			long start = System.nanoTime();
			unit.applyAsInt(tenant);
			samples[i] = System.nanoTime() - start;
		}
	}

	private int latest(UUID tenant, int expectedRows) {
		return this.work.inTenant(tenant, () -> {
			List<BenchNotice> latest = this.notices.findTop10ByOrderByPublishedAtDesc();
			if (latest.size() != expectedRows || !latest.stream().allMatch((n) -> tenant.equals(n.getTenantId()))) {
				throw new IllegalStateException("Tenant " + tenant + " got " + latest.size() + " notices instead of "
						+ expectedRows + " of its own");
			}
			return latest.size();
		});
	}

	/**
	 * One measurement of both units of work.
	 *
	 * @param latestNotices the query
	 * @param bySlug the query preceded by the registry lookup
	 */
	record Measured(LatencyStats latestNotices, LatencyStats bySlug) {

	}

}
