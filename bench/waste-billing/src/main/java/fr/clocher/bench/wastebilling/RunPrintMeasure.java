package fr.clocher.bench.wastebilling;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.InvoicePrintsApi;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.WasteJob;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The run's PDF for the printer: the computed run validated and issued, then every
 * invoice printed into one PDF by the module's print job, as the secretary starts it.
 * Measured: the time, the PDF's size, and the heap: live after a full collection before
 * and after, the largest live set seen while it ran (the heap's use after each
 * collection, polled), and the peak of the heap's pools. Flat memory means those do not
 * grow with the number of invoices (compare {@code --payers=2000} with
 * {@code --payers=100000}).
 */
final class RunPrintMeasure {

	private RunPrintMeasure() {
	}

	/** Prints the issued run, and answers the report's lines. */
	static String measure(ConfigurableApplicationContext context, BenchTenant tenant, UUID run) throws Exception {
		InvoicePrintsApi prints = context.getBean(InvoicePrintsApi.class);
		long before = liveAfterFullCollection();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		WasteJob started = TenantContext.callAs(tenant.id(), () -> prints.startPrint(tenant.slug(), run));
		AtomicLong live = new AtomicLong();
		CompletableFuture<WasteJob> ended = new CompletableFuture<>();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> {
			live.accumulateAndGet(heap.stream()
				.map(MemoryPoolMXBean::getCollectionUsage)
				.filter((usage) -> usage != null)
				.mapToLong(MemoryUsage::getUsed)
				.sum(), Math::max);
			try {
				WasteJob now = TenantContext.callAs(tenant.id(), () -> prints.printJob(tenant.slug(), started.id()));
				if (now.state() != JobState.RUNNING) {
					ended.complete(now);
				}
			}
			catch (RuntimeException ex) {
				ended.completeExceptionally(ex);
			}
		}, 200, 200, TimeUnit.MILLISECONDS);
		WasteJob job;
		try {
			job = ended.get(6, TimeUnit.HOURS);
		}
		finally {
			sampler.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		if (job.state() != JobState.DONE) {
			throw new IllegalStateException("The print failed: " + job.message());
		}
		UUID done = job.id();
		long bytes;
		try (InputStream pdf = TenantContext.callAs(tenant.id(), () -> prints.printedRun(tenant.slug(), done))
			.getInputStream()) {
			bytes = pdf.transferTo(OutputStream.nullOutputStream());
		}
		long after = liveAfterFullCollection();
		return String.join("\n", "",
				"Run PDF for the printer (print job: invoices read by number 100 at a time, rendered by openhtmltopdf, "
						+ "appended to one tagged PDF on disk)",
				"  %,d invoices in %.1f s (%,.0f invoices/s), %,d MB".formatted(job.done(), seconds,
						job.done() / seconds, bytes >> 20),
				"  heap live before %,d MB, after %,d MB; largest live set while printing %,d MB; pools' peak %,d MB"
					.formatted(before >> 20, after >> 20, live.get() >> 20, peak >> 20))
				+ "\n";
	}

	private static long liveAfterFullCollection() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
