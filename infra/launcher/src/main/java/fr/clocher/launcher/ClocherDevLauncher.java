package fr.clocher.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import fr.clocher.kernel.database.DatabaseBootstrap;
import fr.clocher.kernel.database.DatabaseSpec;
import fr.clocher.kernel.database.PostgresServer;
import fr.clocher.kernel.database.PostgresServers;
import fr.clocher.kernel.keycloak.ClocherRealm;
import fr.clocher.kernel.secrets.ModuleSecrets;
import fr.clocher.kernel.keycloak.DevSecrets;
import fr.clocher.kernel.keycloak.KeycloakDistribution;
import fr.clocher.kernel.keycloak.KeycloakServer;
import fr.clocher.kernel.keycloak.KeycloakServerOptions;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.keycloak.admin.client.Keycloak;

/**
 * Starts the platform, seeds the demo, prints the addresses and logins, and stops
 * everything on Ctrl-C.
 */
public final class ClocherDevLauncher {

	private static final int GATEWAY = port("GATEWAY_PORT", 8080);

	private static final int TENANT_SERVICE = port("TENANT_SERVICE_PORT", 8081);

	private static final int PORTAL_UI = port("PORTAL_UI_PORT", 8082);

	private static final int KEYCLOAK = port("CLOCHER_KEYCLOAK_PORT", 8180);

	private static final int SMTP = port("CLOCHER_SMTP_PORT", 3025);

	private ClocherDevLauncher() {
	}

	/**
	 * Runs the platform until stopped. A failure is said in a sentence (what failed and
	 * where to look), not a stack trace, and stops what was started.
	 */
	public static void main(String[] args) {
		try {
			run();
		}
		catch (Exception ex) {
			System.err.println("\nClocher could not start: " + sentence(ex));
			System.exit(1);
		}
	}

	/** The failure's own message and those of its causes, once each. */
	static String sentence(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = (cause.getMessage() != null) ? cause.getMessage().strip()
					: cause.getClass().getSimpleName();
			if (text.indexOf(message) < 0) {
				text.append((text.length() > 0) ? " (" + message + ")" : message);
			}
		}
		return text.toString();
	}

	private static void run() throws Exception {
		Path realmFile = ClocherRealm.locateFile();
		Path root = realmFile.getParent().getParent().getParent();
		Path state = Optional.ofNullable(System.getenv("CLOCHER_STATE_DIR"))
			.map(Path::of)
			.orElse(root.resolve(".clocher"));
		ChildProcesses children = new ChildProcesses(state.resolve("logs"));
		Resources resources = new Resources();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("\nStopping Clocher...");
			children.stopAll();
			resources.close();
			stopped.countDown();
		}, "clocher-stop"));

		DevSecrets secrets = DevSecrets.prepare(state, state.resolve("keycloak"));

		System.out.println("Starting PostgreSQL...");
		PostgresServer postgres = PostgresServers.local("127.0.0.1", 5432)
			.orElseGet(() -> PostgresServers.embedded(state.resolve("postgres")));
		resources.postgres = postgres;
		DatabaseSpec database = database(secrets);
		DatabaseBootstrap.ensure(postgres, database);
		System.out.println("  " + postgres.description());

		System.out.println("Starting the mail catcher on 127.0.0.1:" + SMTP + "...");
		resources.mail = new DevMail(SMTP);

		System.out.println("Starting Keycloak (the first start prepares it: about a minute)...");
		KeycloakServer keycloak = KeycloakServer.start(KeycloakDistribution.standard(),
				KeycloakServerOptions.defaults()
					.withPort(KEYCLOAK)
					.withPublicUrl("http://localhost:" + GATEWAY + "/auth")
					.withRealmFiles(realmFile)
					.withAdmin("admin", secrets.keycloakAdminPassword())
					.withInstanceDirectory(state.resolve("keycloak"))
					.withLogFile(state.resolve("logs/keycloak.log"))
					.withEnvironment(ClocherRealm.PUBLIC_URL_VARIABLE, "http://localhost:" + GATEWAY)
					.withEnvironment("CLOCHER_SMTP_HOST", "127.0.0.1")
					.withEnvironment("CLOCHER_SMTP_PORT", String.valueOf(SMTP)));
		resources.keycloak = keycloak;
		try (Keycloak admin = keycloak.adminClient()) {
			secrets.applyClientSecrets(admin.realm(ClocherRealm.NAME));
		}
		String issuer = keycloak.issuer(ClocherRealm.NAME);

		System.out.println("Starting the services...");
		// tenant-service and portal-ui listen on loopback only: the gateway is the way
		// in.
		Map<String, String> environment = Map.ofEntries(Map.entry("SERVER_ADDRESS", "127.0.0.1"),
				Map.entry("CLOCHER_DB_URL", postgres.jdbcUrl(database.database())),
				Map.entry("CLOCHER_DB_OWNER_PASSWORD", database.ownerPassword()),
				Map.entry("CLOCHER_DB_APP_PASSWORD", database.appPassword()),
				Map.entry("CLOCHER_PROVISIONER_CLIENT_SECRET", secrets.clientSecret(ClocherRealm.PROVISIONER_CLIENT)),
				Map.entry("CLOCHER_PORTAL_CLIENT_SECRET", secrets.clientSecret(ClocherRealm.PORTAL_CLIENT)),
				Map.entry("CLOCHER_KEYCLOAK_SERVER_URL", keycloak.baseUrl()),
				Map.entry("CLOCHER_SECURITY_ISSUER", issuer),
				Map.entry("CLOCHER_SECURITY_JWK_SET_URI",
						keycloak.baseUrl() + "/realms/clocher/protocol/openid-connect/certs"),
				Map.entry("CLOCHER_AUTH_PUBLIC_URL", keycloak.publicUrl()),
				Map.entry("CLOCHER_AUTH_INTERNAL_URL", keycloak.baseUrl()),
				Map.entry("TENANT_SERVICE_URL", "http://localhost:" + TENANT_SERVICE),
				Map.entry("CLOCHER_TENANT_SERVICE_URL", "http://localhost:" + TENANT_SERVICE),
				Map.entry("PORTAL_UI_URL", "http://localhost:" + PORTAL_UI),
				Map.entry("KEYCLOAK_URL", "http://127.0.0.1:" + KEYCLOAK),
				Map.entry("CLOCHER_WORKSPACE_SITE_URL", "http://{slug}.clocher.localhost:" + GATEWAY + "/"),
				// The modules' mail (announcements' subscribers) goes to the mail
				// catcher.
				Map.entry("SPRING_MAIL_HOST", "127.0.0.1"), Map.entry("SPRING_MAIL_PORT", String.valueOf(SMTP)));
		Map<String, String> tenantServiceEnvironment = new HashMap<>(environment);
		// The subscribers' mail leaves every 2 s instead of 10 s: a demo alert reaches
		// the
		// mail catcher while the presenter still talks about it.
		tenantServiceEnvironment.put("CLOCHER_ANNOUNCEMENTS_MAIL_EVERY", "PT2S");
		// The secrets the installed modules declare, generated once and kept in the
		// state.
		ModuleSecrets.declaredIn(jar(root, "tenant-service"))
			.values()
			.forEach((variable) -> tenantServiceEnvironment.put(variable, secrets.moduleSecret(variable)));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		children.start("tenant-service", root, tenantServiceEnvironment,
				List.of(java, "-jar", jar(root, "tenant-service").toString()));
		children.start("portal-ui", root.resolve("portal-ui"), environment,
				List.of(java, "-cp", portalUiClasspath(root), "fr.clocher.portal.PortalUiApplication"));
		Map<String, String> gatewayEnvironment = new HashMap<>(environment);
		gatewayEnvironment.remove("SERVER_ADDRESS");
		children.start("gateway", root, gatewayEnvironment, List.of(java, "-jar", jar(root, "gateway").toString()));
		await("tenant-service", "http://localhost:" + TENANT_SERVICE + "/actuator/health/readiness");
		await("gateway", "http://localhost:" + GATEWAY + "/actuator/health");
		await("portal-ui", "http://localhost:" + PORTAL_UI + "/admin/");

		String siren = System.getenv().getOrDefault("CLOCHER_SEED_SIREN", "243100633");
		System.out.println("Seeding the communes of intercommunality " + siren + "...");
		DemoSeed.Demo demo;
		try (Keycloak admin = keycloak.adminClient()) {
			demo = new DemoSeed(new OperatorApi("http://localhost:" + TENANT_SERVICE, issuer,
					secrets.clientSecret(ClocherRealm.OPERATOR_CLI_CLIENT)), admin, state)
				.run(siren);
		}
		printSummary(keycloak, secrets, demo);
		stopped.await();
	}

	private static void printSummary(KeycloakServer keycloak, DevSecrets secrets, DemoSeed.Demo demo) {
		String gateway = "http://localhost:" + GATEWAY;
		StringBuilder text = new StringBuilder("\nClocher is running.\n");
		text.append("  Public site of a commune  ")
			.append(gateway)
			.append("/c/<slug>/  (or http://<slug>.clocher.localhost:")
			.append(GATEWAY)
			.append("/)\n");
		text.append("  Admin (portal-ui)         ").append(gateway).append("/admin/\n");
		text.append("  Operator API              ").append(gateway).append("/api/platform/tenants (bearer token)\n");
		text.append("  API documentation         http://localhost:").append(TENANT_SERVICE).append("/api/docs/ui\n");
		text.append("  Keycloak admin console    ")
			.append(keycloak.baseUrl())
			.append("/admin/  (on Keycloak's own port, never through the gateway; ")
			.append(keycloak.adminUsername())
			.append(" / ")
			.append(keycloak.adminPassword())
			.append(")\n");
		text.append("  Generated secrets         ").append(secrets.file()).append('\n');
		text.append("\nHealth (add /liveness or /readiness) and Prometheus metrics, from this machine:\n");
		text.append("  gateway         ")
			.append(gateway)
			.append("/actuator/health  ")
			.append(gateway)
			.append("/actuator/prometheus\n");
		text.append("  tenant-service  http://localhost:")
			.append(TENANT_SERVICE)
			.append("/actuator/health  http://localhost:")
			.append(TENANT_SERVICE)
			.append("/actuator/prometheus  (Keycloak, mail: /actuator/health/dependencies)\n");
		text.append("  portal-ui       http://localhost:")
			.append(PORTAL_UI)
			.append("/admin/actuator/health  http://localhost:")
			.append(PORTAL_UI)
			.append("/admin/actuator/prometheus\n");
		text.append("  Mail catcher              SMTP 127.0.0.1:").append(SMTP).append(", messages printed here\n");
		text.append("\nDemo logins (password ").append(DemoSeed.PASSWORD).append("):\n");
		demo.logins()
			.forEach((email, role) -> text.append("  ").append(email).append("  — ").append(role).append('\n'));
		text.append("\nSample lift files (waste billing > Import des levées, as the intercommunality's secretary):\n");
		text.append("  with anomalies to review   ").append(demo.liftFiles().withAnomalies()).append('\n');
		text.append("  refused, with bad lines    ").append(demo.liftFiles().refused()).append('\n');
		text.append("\nResidents' lifts and bills, once a billing run is issued: ")
			.append(gateway)
			.append("/c/")
			.append(demo.liftFiles().evidenceCommune())
			.append("/redevance\n  payer reference ")
			.append(demo.liftFiles().evidenceReference())
			.append(" with its invoice's number (the first run's first invoice: <year>-000001)\n");
		text.append("\nLogs in .clocher/logs/. Press Ctrl-C to stop.");
		System.out.println(text);
	}

	static Path jar(Path root, String module) throws IOException {
		try (var files = Files.list(root.resolve(module).resolve("target"))) {
			return files.filter((f) -> f.getFileName().toString().matches(module + "-.*-SNAPSHOT(-exec)?\\.jar"))
				.sorted(Comparator.comparing((Path f) -> !f.getFileName().toString().endsWith("-exec.jar")))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Build " + module + " first: ./mvnw -DskipTests install"));
		}
	}

	/**
	 * portal-ui in development mode (Vaadin's precompiled bundle, no Node): its classes
	 * and the runtime classpath its build wrote, since the repackaged jar has no
	 * vaadin-dev.
	 */
	private static String portalUiClasspath(Path root) throws IOException {
		Path module = root.resolve("portal-ui").resolve("target");
		Path classpath = module.resolve("run-classpath.txt");
		if (!Files.isRegularFile(classpath)) {
			throw new IllegalStateException("Build portal-ui first: ./mvnw -DskipTests install");
		}
		return module.resolve("classes") + File.pathSeparator + Files.readString(classpath).strip();
	}

	private static void await(String name, String url) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
		try {
			Awaitility.await(name + " (see .clocher/logs/" + name + ".log)")
				.atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptionsInstanceOf(IOException.class)
				.until(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 500);
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException(name + " did not start; see .clocher/logs/" + name + ".log", ex);
		}
		System.out.println("  " + name + " is up");
	}

	/**
	 * The development database, or another of the same roles named by CLOCHER_DB_NAME,
	 * with the passwords the run command generated.
	 */
	static DatabaseSpec database(DevSecrets secrets) {
		DatabaseSpec development = DatabaseSpec.development();
		return new DatabaseSpec(System.getenv().getOrDefault("CLOCHER_DB_NAME", development.database()),
				development.ownerRole(), secrets.databaseOwnerPassword(), development.appRole(),
				secrets.databaseAppPassword());
	}

	private static int port(String variable, int defaultPort) {
		return Integer.parseInt(System.getenv().getOrDefault(variable, String.valueOf(defaultPort)));
	}

	/** What the launcher holds besides child processes, closed in reverse order. */
	private static final class Resources {

		PostgresServer postgres;

		DevMail mail;

		KeycloakServer keycloak;

		void close() {
			if (this.keycloak != null) {
				this.keycloak.close();
			}
			if (this.mail != null) {
				this.mail.close();
			}
			if (this.postgres != null) {
				this.postgres.stop();
			}
		}

	}

}
