package fr.clocher.bench.onboarding;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives tenants their notices the way bulk paths work on this platform: plain JDBC under
 * the tenant's row-level security, one set-based {@code INSERT} per tenant in a
 * transaction of its own ({@link TenantWork}), a few tenants at a time.
 */
class NoticeLoader {

	private static final String INSERT = """
			insert into bench_notice (tenant_id, id, published_at, title, body)
			select ?, gen_random_uuid(), now() - make_interval(hours => n), 'Avis n° ' || n,
			       'Avis à la population : la mairie sera fermée le lundi ' || n || '. Merci de votre compréhension.'
			from generate_series(1, ?) n""";

	private static final int PROGRESS_EVERY = 5_000;

	private final TenantWork work;

	private final JdbcClient jdbc;

	NoticeLoader(TenantWork work, JdbcClient jdbc) {
		this.work = work;
		this.jdbc = jdbc;
	}

	LoadStats load(List<BenchTenant> tenants, int perTenant, int threads, PrintStream progress) {
		long start = System.nanoTime();
		AtomicInteger done = new AtomicInteger();
		long rows = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<Integer>> inserted = new ArrayList<>(tenants.size());
			for (BenchTenant tenant : tenants) {
				inserted.add(pool.submit(() -> {
					int count = this.work.inTenant(tenant.id(),
							() -> this.jdbc.sql(INSERT).param(tenant.id()).param(perTenant).update());
					int finished = done.incrementAndGet();
					if (finished % PROGRESS_EVERY == 0) {
						progress.printf(Locale.ROOT, "[notices] %,d/%,d tenants loaded, %.1f s%n", finished,
								tenants.size(), (System.nanoTime() - start) / 1e9);
					}
					return count;
				}));
			}
			for (Future<Integer> future : inserted) {
				rows += future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading notices", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not load notices", ex.getCause());
		}
		return new LoadStats(tenants.size(), rows, System.nanoTime() - start, 0);
	}

}
