package fr.clocher.bench.wastebilling;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.TreasuryApi;
import fr.clocher.wastebilling.api.TreasurySettings;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;

/**
 * The PES file (ORMC) of the bench's run: the run validated and issued, the tenant's
 * treasury identifiers saved, then the file asked for as the secretary's download asks
 * for it (written, validated against the DGFiP's schema, streamed) and copied to disk.
 * Prints the time, the file's size and the heap used before, at its peak (sampled every
 * 20 ms) and after, each after a collection where it says so.
 */
final class PesExportMeasure {

	static final TreasurySettings SETTINGS = new TreasurySettings("031042", "SGC Bench", "24310063300011", "031", "02",
			"Budget dechets", "REOM", "70612", "812", "12",
			new TreasurySettings.Bills("Bench", "1 rue du Banc", "31000", "Toulouse", "123456", "Martin", "Anne",
					"La Presidente", "2 rue du Tresor", "31000", "Toulouse", null, "35908", "Rennes Cedex 9"));

	private PesExportMeasure() {
	}

	/** Exports the issued run; the report's lines. */
	static String measure(ApplicationContext context, BenchTenant tenant, UUID run, long invoices) throws Exception {
		TreasuryApi treasury = context.getBean(TreasuryApi.class);
		TenantContext.runAs(tenant.id(), () -> treasury.saveTreasurySettings(tenant.slug(), SETTINGS));
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(before);
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0,
				20, TimeUnit.MILLISECONDS);
		Path file = Path.of("target", "data", "pes-ormc.xml");
		Files.createDirectories(file.getParent());
		long start = System.nanoTime();
		long bytes;
		try {
			ResponseEntity<InputStreamResource> response = TenantContext.callAs(tenant.id(),
					() -> treasury.pesFile(tenant.slug(), run, null));
			try (InputStream in = response.getBody().getInputStream()) {
				bytes = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			sampler.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long during = peak.get();
		System.gc();
		long after = memory.getHeapMemoryUsage().getUsed();
		return """

				PES V2 Recette file, ORMC (written from the JAXB classes piece by piece, validated against PES_Aller.xsd, streamed)
				  the run's %,d invoices: %,d bytes (%,d MB) in %.1f s
				  heap used: before %,d MB (after a GC), peak %,d MB while exporting (sampled), after %,d MB (after a GC)
				"""
			.formatted(invoices, bytes, bytes >> 20, seconds, before >> 20, during >> 20, after >> 20);
	}

}
