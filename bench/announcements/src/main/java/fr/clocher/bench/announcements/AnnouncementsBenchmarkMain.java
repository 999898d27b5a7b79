package fr.clocher.bench.announcements;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.tenant.TenantServiceApplication;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the announcements benchmark: tenant-service (its announcements module included) in
 * this JVM on the run's database, behind the gateway the run script started; the
 * benchmark's own token issuer; GreenMail as the SMTP server. Prints the figures and
 * writes them to the results file.
 *
 * <pre>
 * --tenant-port=N --gateway=http://127.0.0.1:N   where tenant-service listens, where the gateway is
 * --alerts=100 --warmup-alerts=10 --page-loads=200
 * --subscribers=10000 --mail-warmup=2000
 * --results=path --load-start="1 5 15"
 * </pre>
 *
 * The database comes from tenant-service's own environment ({@code CLOCHER_DB_URL}, the
 * owner and application roles' passwords), set by the run script.
 */
public final class AnnouncementsBenchmarkMain {

	private static final UUID ALERTS_COMMUNE = UUID.fromString("00000000-0000-4000-8000-00000000be11");

	private static final UUID MAIL_COMMUNE = UUID.fromString("00000000-0000-4000-8000-00000000be12");

	private AnnouncementsBenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		Options options = new Options(args);
		PrintStream progress = System.err;
		try (BenchIssuer issuer = BenchIssuer.start()) {
			int smtpPort = freePort();
			GreenMail smtp = SmtpSink.start(smtpPort);
			try (ConfigurableApplicationContext context = start(options, issuer, smtpPort)) {
				communes(context);
				String report = measure(options, context, issuer, smtp, progress);
				System.out.print(report);
				Path results = Path.of(options.get("results", "target/announcements-results.txt"));
				Files.createDirectories(results.toAbsolutePath().getParent());
				Files.writeString(results, report);
				progress.println("[results] written to " + results.toAbsolutePath());
			}
			finally {
				smtp.stop();
			}
		}
		System.exit(0);
	}

	private static ConfigurableApplicationContext start(Options options, BenchIssuer issuer, int smtpPort) {
		SpringApplication application = new SpringApplication(TenantServiceApplication.class);
		application.setBannerMode(Banner.Mode.OFF);
		List<String> properties = new ArrayList<>();
		properties.add("--server.port=" + options.get("tenant-port", "0"));
		properties.add("--clocher.security.issuer=" + issuer.issuer());
		properties.add("--clocher.security.jwk-set-uri=" + issuer.jwkSetUri());
		// Keycloak is never reached: onboarding's provisioning is not used here.
		properties.add("--clocher.keycloak.server-url=http://127.0.0.1:9/auth");
		properties.add("--spring.mail.host=127.0.0.1");
		properties.add("--spring.mail.port=" + smtpPort);
		// The module's scheduled sweep and mail worker off: the benchmark calls the
		// worker
		// itself, back to back (publishing now needs no sweep).
		properties.add("--clocher.announcements.sweep.enabled=false");
		properties.add("--logging.level.root=WARN");
		return application.run(properties.toArray(String[]::new));
	}

	/**
	 * Two communes in the registry (written as the owner role, as the public-site
	 * benchmark does with psql: onboarding through the operator API needs Keycloak), the
	 * website and the announcements switched on under each one's context.
	 */
	private static void communes(ConfigurableApplicationContext context) throws SQLException {
		String url = context.getEnvironment().getRequiredProperty("spring.flyway.url");
		String user = context.getEnvironment().getRequiredProperty("spring.flyway.user");
		String password = context.getEnvironment().getRequiredProperty("spring.flyway.password");
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			commune(connection, ALERTS_COMMUNE, "31991", "bench-alertes", "Saint-Alerte-d'Essai");
			commune(connection, MAIL_COMMUNE, "31992", "bench-courrier", "Saint-Courrier-d'Essai");
		}
		TenantWork work = context.getBean(TenantWork.class);
		ModuleActivations activations = context.getBean(ModuleActivations.class);
		for (UUID tenant : List.of(ALERTS_COMMUNE, MAIL_COMMUNE)) {
			work.runInTenant(tenant, () -> {
				activations.enable("website", null);
				activations.enable("announcements", null);
			});
		}
	}

	private static void commune(Connection connection, UUID id, String code, String slug, String name)
			throws SQLException {
		try (PreparedStatement tenant = connection.prepareStatement("""
				insert into tenant (id, kind, official_code, slug, name, search_name, department, region, population,
				                    status, created_at, updated_at)
				values (?, 'COMMUNE', ?, ?, ?, ?, '31', '76', 1234, 'ACTIVE', now(), now())
				""")) {
			tenant.setObject(1, id);
			tenant.setString(2, code);
			tenant.setString(3, slug);
			tenant.setString(4, name);
			tenant.setString(5, name.toLowerCase(Locale.ROOT).replace('-', ' ').replace('\'', ' '));
			tenant.executeUpdate();
		}
		try (PreparedStatement host = connection.prepareStatement(
				"insert into tenant_host (host, tenant_id, kind, created_at) values (?, ?, 'PLATFORM', now())")) {
			host.setString(1, slug + ".clocher.localhost");
			host.setObject(2, id);
			host.executeUpdate();
		}
	}

	private static String measure(Options options, ConfigurableApplicationContext context, BenchIssuer issuer,
			GreenMail smtp, PrintStream progress) throws IOException, InterruptedException {
		String gateway = options.get("gateway", null);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		int alerts = options.getInt("alerts", 100);
		int subscribers = options.getInt("subscribers", 10_000);

		String loadBefore = loadAverage();
		SecretaryApi alertsApi = new SecretaryApi(http, gateway, "bench-alertes", issuer.secretaryOf("bench-alertes"));
		PublishToVisible.Result visible = new PublishToVisible(http, alertsApi, gateway, "bench-alertes", progress)
			.run(alerts, options.getInt("warmup-alerts", 10), options.getInt("page-loads", 200));
		String loadBetween = loadAverage();

		MailFanOut fanOut = new MailFanOut(context, MAIL_COMMUNE, smtp, progress);
		fanOut.seed(subscribers);
		SecretaryApi mailApi = new SecretaryApi(http, gateway, "bench-courrier", issuer.secretaryOf("bench-courrier"));
		MailFanOut.Result mail = fanOut.run(mailApi, options.getInt("mail-warmup", 2000));
		String loadAfter = loadAverage();

		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Announcements: %d cores, %s %s; %d alerts, %d subscribers%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), alerts, subscribers));
		out.append("Load average (1, 5, 15 min) when the run started: " + options.get("load-start", "?")
				+ "; before the alerts (services up): " + loadBefore + "; before the mail: " + loadBetween + "; after: "
				+ loadAfter + "\n\n");

		Latencies v = visible.visible();
		Latencies p = visible.pages();
		Latencies c = visible.publishCalls();
		out.append("1. Alert published -> on the home page through the gateway\n");
		out.append(String.format(Locale.ROOT, "%-44s %8s %9s %9s %9s%n", "", "count", "p50_ms", "p99_ms", "max_ms"));
		out.append(row("publish request -> page shows the alert", v));
		out.append(row("  of which the publish request itself", c));
		out.append(row("  and the page loads after its answer", visible.loadsAfter()));
		out.append(row("plain home page load (reference)", p));
		out.append(String.format(Locale.ROOT,
				"page loads while waiting: %.1f per alert on average; alerts never shown within 30 s: %d%n",
				v.count() == 0 ? 0.0 : (double) visible.polls() / v.count(), visible.neverShown()));
		out.append(String.format(Locale.ROOT, "publish -> visible / page load: p50 %.1fx, p99 %.1fx%n",
				v.percentileMillis(50) / p.percentileMillis(50), v.percentileMillis(99) / p.percentileMillis(99)));
		out.append(String.format(Locale.ROOT, "p99 publish -> visible: %.0f ms  (target <= 2000 ms: %s)%n%n",
				v.percentileMillis(99),
				(v.percentileMillis(99) <= 2000 && visible.neverShown() == 0 && v.count() == alerts) ? "met"
						: "NOT met"));

		out.append("2. Mail fan-out: one alert to " + mail.subscribers() + " confirmed subscribers of one commune\n");
		out.append(String.format(Locale.ROOT, "%-44s %10s %9s%n", "", "messages/s", "received"));
		out.append(String.format(Locale.ROOT, "%-44s %10.0f %9d%n", "bare loop, before", mail.bareBefore(),
				mail.bareReceived()));
		out.append(String.format(Locale.ROOT, "%-44s %10.0f %9d%n", "outbox (MailOutbox.deliver() back to back)",
				mail.outbox(), mail.outboxReceived()));
		out.append(String.format(Locale.ROOT, "%-44s %10.0f %9d%n", "bare loop, after", mail.bareAfter(),
				mail.bareAfterReceived()));
		out.append(String.format(Locale.ROOT,
				"outbox: %d sent in %d runs of deliver(), %d of the alert's rows not sent afterwards;"
						+ " the publish request that filled it: %.0f ms%n",
				mail.outboxSent(), mail.outboxRuns(), mail.outboxLeft(), mail.publishNanos() / 1e6));
		double ratio = mail.outbox() / mail.bareBest();
		out.append(String.format(Locale.ROOT,
				"outbox / bare loop: %.1f%% of the faster bare loop (%.1f%% of the slower)  (target >= 50%%: %s)%n",
				100 * ratio, 100 * mail.outbox() / Math.min(mail.bareBefore(), mail.bareAfter()),
				(ratio >= 0.5 && mail.outboxLeft() == 0) ? "met" : "NOT met"));
		return out.toString();
	}

	private static String row(String name, Latencies latencies) {
		return String.format(Locale.ROOT, "%-44s %8d %9.1f %9.1f %9.1f%n", name, latencies.count(),
				latencies.percentileMillis(50), latencies.percentileMillis(99), latencies.maxMillis());
	}

	private static String loadAverage() throws IOException {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return fields[0] + " " + fields[1] + " " + fields[2];
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** {@code --name=value} arguments. */
	private static final class Options {

		private final String[] args;

		Options(String[] args) {
			this.args = args;
		}

		String get(String name, String otherwise) {
			for (String arg : this.args) {
				if (arg.startsWith("--" + name + "=")) {
					return arg.substring(name.length() + 3);
				}
			}
			if (otherwise == null) {
				throw new IllegalArgumentException("--" + name + "= is required");
			}
			return otherwise;
		}

		int getInt(String name, int otherwise) {
			return Integer.parseInt(get(name, Integer.toString(otherwise)));
		}

	}

}
