package fr.clocher.bench.wastebilling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import fr.clocher.kernel.database.DatabaseBootstrap;
import fr.clocher.kernel.database.DatabaseSpec;
import fr.clocher.kernel.database.PostgresServer;
import fr.clocher.kernel.database.PostgresServers;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.TestSecretsInitializer;
import fr.clocher.tenant.TenantServiceApplication;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.BillingRunDraft;
import fr.clocher.wastebilling.api.BillingRunsApi;
import fr.clocher.wastebilling.api.LiftImport;
import fr.clocher.wastebilling.api.LiftImportsApi;
import fr.clocher.wastebilling.api.PayersApi;
import fr.clocher.wastebilling.api.TariffsApi;
import org.postgresql.PGConnection;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.InputStreamResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The waste billing benchmark, one run: a fresh database, tenant-service's context on it
 * (the module installed as in production), the seed, then the three measures and their
 * ratios, printed and written to {@code --results}. The module is called through its
 * contract's interfaces (the controllers' beans), in the tenant's context, without HTTP.
 */
public final class WasteBillingBenchmarkMain {

	private WasteBillingBenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		SecureRandom random = new SecureRandom();
		String name = "clocher_bench_" + HexFormat.of().toHexDigits(random.nextLong()).substring(0, 10);
		DatabaseSpec spec = new DatabaseSpec(name, name + "_owner", HexFormat.of().toHexDigits(random.nextLong()),
				name + "_app", HexFormat.of().toHexDigits(random.nextLong()));
		PostgresServer server = PostgresServers.localOrEmbedded();
		DatabaseBootstrap.ensure(server, spec);
		log("database " + name + " on " + server.description());
		try (ConfigurableApplicationContext context = start(server, spec)) {
			String report = new WasteBillingBenchmarkMain().run(context, options, server, spec);
			System.out.println();
			System.out.print(report);
			Files.createDirectories(options.results().toAbsolutePath().getParent());
			Files.writeString(options.results(), report);
			log("results written to " + options.results().toAbsolutePath());
		}
		finally {
			if (options.keepDatabase()) {
				log("database %s kept: psql -h 127.0.0.1 -U %s %s (password %s)".formatted(name, spec.ownerRole(), name,
						spec.ownerPassword()));
			}
			else {
				DatabaseBootstrap.drop(server, spec);
				server.stop();
			}
		}
	}

	private String run(ConfigurableApplicationContext context, BenchOptions options, PostgresServer server,
			DatabaseSpec spec) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		TenantWork work = context.getBean(TenantWork.class);
		BenchTenant tenant = BenchTenant.create(jdbc, work, context.getBean(ModuleActivations.class), "cc-bench");
		long t0 = System.nanoTime();
		BenchSeed.seed(work, jdbc, tenant, options.payers());
		TenantContext.runAs(tenant.id(),
				() -> context.getBean(TariffsApi.class).saveTariff(tenant.slug(), 2026, BenchSeed.GRID));
		log("seeded %,d payers, bins and assignments in %.1f s".formatted(options.payers(), seconds(t0)));
		Path directory = Path.of("target", "data");
		t0 = System.nanoTime();
		LiftFiles files = LiftFiles.write(directory, options, tenant.id());
		log("wrote %,d lifts (%,d MB) in %.1f s".formatted(files.lines(), Files.size(files.trucks()) >> 20,
				seconds(t0)));
		try (Connection owner = DriverManager.getConnection(server.jdbcUrl(spec.database()), spec.ownerRole(),
				spec.ownerPassword())) {
			vacuumAnalyze(owner);
			// The raw COPY: the same lifts, already in waste_lift's columns, into a table
			// of
			// waste_lift's definition (its keys and indexes), as its owner.
			execute(owner, "create table waste_lift_raw (like waste_lift including all)");
			long copyStart = System.nanoTime();
			try (InputStream in = Files.newInputStream(files.table())) {
				owner.unwrap(PGConnection.class).getCopyAPI().copyIn("copy waste_lift_raw from stdin (format csv)", in);
			}
			double copySeconds = seconds(copyStart);
			log("raw COPY: %.1f s".formatted(copySeconds));
			execute(owner, "drop table waste_lift_raw");

			long importStart = System.nanoTime();
			LiftImport imported;
			try (InputStream in = Files.newInputStream(files.trucks())) {
				imported = TenantContext.callAs(tenant.id(), () -> context.getBean(LiftImportsApi.class)
					.importLifts(tenant.slug(), "levees-2026-s1.csv", null, new InputStreamResource(in)));
			}
			double importSeconds = seconds(importStart);
			log("import: %.1f s, %,d lifts, anomalies %s".formatted(importSeconds, imported.imported(),
					imported.anomalies()));
			vacuumAnalyze(owner);

			BillingRunsApi runs = context.getBean(BillingRunsApi.class);
			String statement = ReferenceTotals.statement(BenchSeed.GRID);
			long[] reference = new long[2];
			double referenceSeconds = Double.MAX_VALUE;
			BillingRun run = TenantContext.callAs(tenant.id(),
					() -> runs.createRun(tenant.slug(), new BillingRunDraft(2026, 1)));
			double computeSeconds = 0;
			for (int round = 0; round < 2; round++) {
				long sqlStart = System.nanoTime();
				reference = work.inTenant(tenant.id(), () -> ReferenceTotals.run(jdbc, statement));
				referenceSeconds = Math.min(referenceSeconds, seconds(sqlStart));
				if (round == 0) {
					long computeStart = System.nanoTime();
					run = TenantContext.callAs(tenant.id(),
							() -> runs.compute(tenant.slug(), runs.runs(tenant.slug()).get(0).id()));
					computeSeconds = seconds(computeStart);
				}
			}
			log("billing run: %.1f s, %,d invoices, %,d cents; hand-written SQL: %.1f s, %,d invoices, %,d cents"
				.formatted(computeSeconds, run.invoiceCount(), run.totalCents(), referenceSeconds, reference[0],
						reference[1]));

			Latencies search = search(context.getBean(PayersApi.class), tenant, options);
			UUID issued = run.id();
			TenantContext.runAs(tenant.id(), () -> {
				runs.validate(tenant.slug(), issued);
				runs.issue(tenant.slug(), issued);
			});
			String pes = options.measures("pes") ? PesExportMeasure.measure(context, tenant, issued, run.invoiceCount())
					: "";
			String printing = options.measures("print") ? RunPrintMeasure.measure(context, tenant, issued) : "";
			return report(options, files, imported, copySeconds, importSeconds, run, computeSeconds, reference,
					referenceSeconds, search) + pes + printing;
		}
	}

	private static Latencies search(PayersApi payers, BenchTenant tenant, BenchOptions options) {
		String[] words = { "martin", "dupont", "rue des", "jean", "RI-00123", "eglise", "claire", "31042", "moulin",
				"garcia marie", "", "ri-0099", "vincent", "lavoir", "zzz" };
		Random random = new Random(options.seed());
		Latencies latencies = new Latencies(options.searches());
		TenantContext.runAs(tenant.id(), () -> {
			for (int i = 0; i < 200; i++) {
				payers.payers(tenant.slug(), words[random.nextInt(words.length)], random.nextInt(5), 50);
			}
			for (int i = 0; i < options.searches(); i++) {
				String word = words[random.nextInt(words.length)];
				int page = random.nextInt(5);
				long start = System.nanoTime();
				payers.payers(tenant.slug(), word, page, 50);
				latencies.add(System.nanoTime() - start);
			}
		});
		return latencies;
	}

	private static String report(BenchOptions options, LiftFiles files, LiftImport imported, double copySeconds,
			double importSeconds, BillingRun run, double computeSeconds, long[] reference, double referenceSeconds,
			Latencies search) {
		List<String> lines = new ArrayList<>();
		lines.add("Waste billing benchmark — %,d payers, %,d lifts (seed %d), %d cores".formatted(options.payers(),
				files.lines(), options.seed(), Runtime.getRuntime().availableProcessors()));
		lines.add("");
		lines.add("Lift import (stream, checks, COPY to the transaction's table, one INSERT ... SELECT under RLS)");
		lines.add("  raw COPY of the same lifts into a table of waste_lift's definition: %8.1f s  %,10.0f lifts/s"
			.formatted(copySeconds, files.lines() / copySeconds));
		lines.add("  the module's import:                                              %8.1f s  %,10.0f lifts/s"
			.formatted(importSeconds, files.lines() / importSeconds));
		lines.add("  import speed / raw COPY speed: %.0f %% (target ≥ 50 %%); %,d imported, anomalies %s"
			.formatted(100 * copySeconds / importSeconds, imported.imported(), imported.anomalies()));
		lines.add("");
		lines.add("Billing run, first half of 2026 (facts read set-based per 5,000 payers, lines computed in Java, "
				+ "written by COPY and moved under RLS)");
		lines.add("  hand-written set-based SQL statement (best of two): %8.1f s  %,d invoices, %,d cents"
			.formatted(referenceSeconds, reference[0], reference[1]));
		lines.add("  the module's billing run:                          %8.1f s  %,d invoices, %,d cents"
			.formatted(computeSeconds, run.invoiceCount(), run.totalCents()));
		lines.add("  same totals: %s; run speed / SQL speed: %.0f %% (target ≥ 50 %%)".formatted(
				(reference[0] == run.invoiceCount() && reference[1] == run.totalCents()) ? "yes" : "NO",
				100 * referenceSeconds / computeSeconds));
		lines.add("");
		lines.add("Payer search (PayersApi.payers, page of 50 with its count, %,d searches, no HTTP)"
			.formatted(options.searches()));
		lines.add("  p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 < 100 ms)".formatted(search.percentile(50),
				search.percentile(99), search.percentile(100)));
		return String.join("\n", lines).replace('\u202f', ' ') + "\n";
	}

	private static ConfigurableApplicationContext start(PostgresServer server, DatabaseSpec spec) {
		SpringApplication application = new SpringApplication(TenantServiceApplication.class);
		application.setBannerMode(Banner.Mode.OFF);
		// Every module's declared secret (announcements' mail key...) gets a random
		// value:
		// the service refuses to start without them, and none is used here.
		application.addInitializers(new TestSecretsInitializer());
		String url = server.jdbcUrl(spec.database());
		return application.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + spec.appRole(),
				"--spring.datasource.password=" + spec.appPassword(), "--spring.flyway.url=" + url,
				"--spring.flyway.user=" + spec.ownerRole(), "--spring.flyway.password=" + spec.ownerPassword(),
				"--clocher.database.app-role=" + spec.appRole(), "--clocher.database.provision=false",
				"--server.port=0", "--logging.level.root=WARN",
				// Identity provisioning is out of reach: nothing listens there.
				"--clocher.keycloak.server-url=http://127.0.0.1:9/auth",
				"--clocher.keycloak.client-secret=bench-only-unused", "--clocher.keycloak.retry-every=PT24H");
	}

	private static void vacuumAnalyze(Connection owner) throws SQLException {
		execute(owner, "vacuum analyze waste_payer, waste_bin, waste_bin_assignment, waste_lift, waste_exemption");
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void log(String message) {
		System.err.println("[waste-billing] " + message);
	}

	static {
		Locale.setDefault(Locale.FRANCE);
	}

}
