package fr.clocher.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import fr.clocher.kernel.database.DatabaseBootstrap;
import fr.clocher.kernel.database.DatabaseSpec;
import fr.clocher.kernel.database.PostgresServer;
import fr.clocher.kernel.database.PostgresServers;
import fr.clocher.kernel.keycloak.FreePort;
import fr.clocher.kernel.secrets.ModuleSecrets;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.util.FileSystemUtils;

/**
 * Two tenant-services and two gateways on one database, each in a JVM of its own started
 * from the jars the build made, as two instances of the platform behind a load balancer
 * would run: gateway 1 in front of tenant-service 1, gateway 2 in front of tenant-service
 * 2. No portal-ui, no Keycloak: tokens come from a {@link LocalIssuer}. Gateway 1 keeps
 * public answers for {@link #LONG_FRESHNESS}, so that whatever it answers from memory is
 * visibly old; gateway 2 keeps them for one second, as in production. Logs in
 * {@code target/two-instances/logs}.
 */
final class TwoInstances implements AutoCloseable {

	/** How long gateway 1 serves a kept answer without asking tenant-service. */
	static final Duration LONG_FRESHNESS = Duration.ofMinutes(10);

	/** The lightest JVMs that serve: they live for a minute. */
	private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx320m",
			"-Xss512k");

	private final PostgresServer postgres;

	private final DatabaseSpec database;

	private final ChildProcesses processes;

	private final LocalIssuer issuer;

	private final int[] tenantServices;

	private final int[] gateways;

	private final Path logs;

	private TwoInstances(PostgresServer postgres, DatabaseSpec database, ChildProcesses processes, LocalIssuer issuer,
			int[] tenantServices, int[] gateways, Path logs) {
		this.postgres = postgres;
		this.database = database;
		this.processes = processes;
		this.issuer = issuer;
		this.tenantServices = tenantServices;
		this.gateways = gateways;
		this.logs = logs;
	}

	static TwoInstances start() throws Exception {
		Path root = Path.of("..", "..").toAbsolutePath().normalize();
		Path directory = root.resolve("infra/launcher/target/two-instances");
		FileSystemUtils.deleteRecursively(directory);
		Path logs = directory.resolve("logs");
		PostgresServer postgres = PostgresServers.localOrEmbedded();
		DatabaseSpec database = new DatabaseSpec("clocher_two_instances", "clocher_two_owner", secret(),
				"clocher_two_app", secret());
		DatabaseBootstrap.drop(postgres, database);
		DatabaseBootstrap.ensure(postgres, database);
		LocalIssuer issuer = LocalIssuer.start();
		TwoInstances instances = new TwoInstances(postgres, database, new ChildProcesses(logs), issuer,
				new int[] { FreePort.find(), FreePort.find() }, new int[] { FreePort.find(), FreePort.find() }, logs);
		try {
			instances.startAll(root);
		}
		catch (Exception | AssertionError ex) {
			instances.close();
			throw ex;
		}
		return instances;
	}

	private void startAll(Path root) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path tenantJar = ClocherDevLauncher.jar(root, "tenant-service");
		Path gatewayJar = ClocherDevLauncher.jar(root, "gateway");
		String nobody = "http://127.0.0.1:" + FreePort.find();
		Map<String, String> tenantEnvironment = new HashMap<>(Map.of("SERVER_ADDRESS", "127.0.0.1", "CLOCHER_DB_URL",
				this.postgres.jdbcUrl(this.database.database()), "CLOCHER_DB_OWNER_USER", this.database.ownerRole(),
				"CLOCHER_DB_OWNER_PASSWORD", this.database.ownerPassword(), "CLOCHER_DB_APP_USER",
				this.database.appRole(), "CLOCHER_DB_APP_PASSWORD", this.database.appPassword(),
				"CLOCHER_PROVISIONER_CLIENT_SECRET", "never-used", "CLOCHER_KEYCLOAK_SERVER_URL", nobody + "/auth"));
		tenantEnvironment.put("CLOCHER_SECURITY_ISSUER", this.issuer.issuer());
		tenantEnvironment.put("CLOCHER_SECURITY_JWK_SET_URI", this.issuer.jwkSetUri());
		ModuleSecrets.declaredIn(tenantJar).values().forEach((variable) -> tenantEnvironment.put(variable, secret()));
		// The first migrates the database; the second starts once it is up.
		startTenantService(0, java, tenantJar, tenantEnvironment);
		for (int i = 0; i < 2; i++) {
			Map<String, String> gateway = Map.of("GATEWAY_PORT", String.valueOf(this.gateways[i]), "TENANT_SERVICE_URL",
					tenantService(i), "PORTAL_UI_URL", nobody, "KEYCLOAK_URL", nobody, "RATE_LIMIT_ENABLED", "false",
					"GATEWAY_EDGE_CACHE_FRESH", (i == 0) ? LONG_FRESHNESS.toSeconds() + "s" : "1s");
			List<String> command = new ArrayList<>(List.of(java));
			command.addAll(JVM);
			command.addAll(List.of("-jar", gatewayJar.toString()));
			this.processes.start("gateway-" + (i + 1), root, gateway, command);
		}
		awaitUp("tenant-service-1", tenantService(0));
		startTenantService(1, java, tenantJar, tenantEnvironment);
		awaitUp("gateway-1", gateway(0));
		awaitUp("gateway-2", gateway(1));
		awaitUp("tenant-service-2", tenantService(1));
	}

	private void startTenantService(int index, String java, Path jar, Map<String, String> common) throws IOException {
		Map<String, String> environment = new HashMap<>(common);
		environment.put("TENANT_SERVICE_PORT", String.valueOf(this.tenantServices[index]));
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(JVM);
		command.addAll(List.of("-jar", jar.toString()));
		this.processes.start("tenant-service-" + (index + 1), jar.getParent().getParent(), environment, command);
	}

	/** tenant-service {@code index} (0 or 1), its own address. */
	String tenantService(int index) {
		return "http://127.0.0.1:" + this.tenantServices[index];
	}

	/** Gateway {@code index} (0 or 1), as a platform host reaches it. */
	String gateway(int index) {
		return "http://127.0.0.1:" + this.gateways[index];
	}

	LocalIssuer issuer() {
		return this.issuer;
	}

	/**
	 * An active commune on its platform host {@code <slug>.clocher.localhost}, written in
	 * the registry as onboarding leaves it (onboarding itself needs Keycloak); the
	 * website is on by default.
	 */
	void commune(String slug, String name) throws SQLException {
		UUID id = UUID.randomUUID();
		try (Connection admin = this.postgres.adminConnection(this.database.database())) {
			try (PreparedStatement tenant = admin.prepareStatement(
					"""
							insert into tenant (id, kind, official_code, slug, name, search_name, status, created_at, updated_at)
							values (?, 'COMMUNE', ?, ?, ?, ?, 'ACTIVE', now(), now())
							""")) {
				tenant.setObject(1, id);
				tenant.setString(2, slug.substring(0, Math.min(slug.length(), 14)));
				tenant.setString(3, slug);
				tenant.setString(4, name);
				tenant.setString(5, name.toLowerCase());
				tenant.executeUpdate();
			}
			try (PreparedStatement host = admin.prepareStatement(
					"insert into tenant_host (host, tenant_id, kind, created_at) values (?, ?, 'PLATFORM', now())")) {
				host.setString(1, slug + ".clocher.localhost");
				host.setObject(2, id);
				host.executeUpdate();
			}
		}
	}

	private void awaitUp(String name, String base) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		try {
			Awaitility.await(name + " up")
				.atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofMillis(250))
				.ignoreExceptions()
				.until(() -> http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException(name + " did not start:\n" + tails(), ex);
		}
	}

	/** The end of every instance's log. */
	String tails() {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.list(this.logs)) {
			for (Path log : files.sorted().toList()) {
				List<String> lines = Files.readAllLines(log);
				text.append("\n--- ")
					.append(log.getFileName())
					.append(" ---\n")
					.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
			}
		}
		catch (IOException ex) {
			text.append("(logs unreadable: ").append(ex.getMessage()).append(')');
		}
		return text.toString();
	}

	private static String secret() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	@Override
	public void close() {
		this.processes.stopAll();
		this.issuer.close();
		try {
			DatabaseBootstrap.drop(this.postgres, this.database);
		}
		catch (SQLException ex) {
			System.err.println("Could not drop " + this.database.database() + ": " + ex.getMessage());
		}
		this.postgres.stop();
	}

}
