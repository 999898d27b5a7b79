package fr.clocher.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

	private TwoInstances(PostgresServer postgres, DatabaseSpec database, ChildProcesses processes, LocalIssuer issuer,
			int[] tenantServices, int[] gateways) {
		this.postgres = postgres;
		this.database = database;
		this.processes = processes;
		this.issuer = issuer;
		this.tenantServices = tenantServices;
		this.gateways = gateways;
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
				new int[] { FreePort.find(), FreePort.find() }, new int[] { FreePort.find(), FreePort.find() });
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
		Path tenantJar = ClocherDevLauncher.jar(root, "tenant-service");
		Path gatewayJar = ClocherDevLauncher.jar(root, "gateway");
		String nobody = "http://127.0.0.1:" + FreePort.find();
		Map<String, String> tenantEnvironment = tenantServiceEnvironment(this.postgres, this.database, this.issuer,
				tenantJar);
		// The first migrates the database; the second starts once it is up.
		startTenantService(0, tenantJar, tenantEnvironment);
		for (int i = 0; i < 2; i++) {
			Map<String, String> gateway = Map.of("GATEWAY_PORT", String.valueOf(this.gateways[i]), "TENANT_SERVICE_URL",
					tenantService(i), "PORTAL_UI_URL", nobody, "KEYCLOAK_URL", nobody, "RATE_LIMIT_ENABLED", "false",
					"GATEWAY_EDGE_CACHE_FRESH", (i == 0) ? LONG_FRESHNESS.toSeconds() + "s" : "1s");
			this.processes.start("gateway-" + (i + 1), root, gateway, command(gatewayJar));
		}
		awaitUp("tenant-service-1", tenantService(0));
		startTenantService(1, tenantJar, tenantEnvironment);
		awaitUp("gateway-1", gateway(0));
		awaitUp("gateway-2", gateway(1));
		awaitUp("tenant-service-2", tenantService(1));
	}

	private void startTenantService(int index, Path jar, Map<String, String> common) throws IOException {
		Map<String, String> environment = new HashMap<>(common);
		environment.put("TENANT_SERVICE_PORT", String.valueOf(this.tenantServices[index]));
		this.processes.start("tenant-service-" + (index + 1), jar.getParent().getParent(), environment, command(jar));
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
		try (Connection admin = this.postgres.adminConnection(this.database.database())) {
			RegistryRows.activeCommune(admin, slug, name);
		}
	}

	private void awaitUp(String name, String base) {
		awaitUp(name, base, this.processes);
	}

	/**
	 * Waits until the service at {@code base} is ready, else fails with every log's end.
	 */
	static void awaitUp(String name, String base, ChildProcesses processes) {
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
			throw new IllegalStateException(name + " did not start:\n" + processes.tails(), ex);
		}
	}

	/**
	 * What a tenant-service started from {@code jar} needs to serve on this database with
	 * tokens from this issuer and no Keycloak: every secret its modules declare is a
	 * fresh random one.
	 */
	static Map<String, String> tenantServiceEnvironment(PostgresServer postgres, DatabaseSpec database,
			LocalIssuer issuer, Path jar) throws IOException {
		String nobody = "http://127.0.0.1:" + FreePort.find();
		Map<String, String> environment = new HashMap<>(Map.of("SERVER_ADDRESS", "127.0.0.1", "CLOCHER_DB_URL",
				postgres.jdbcUrl(database.database()), "CLOCHER_DB_OWNER_USER", database.ownerRole(),
				"CLOCHER_DB_OWNER_PASSWORD", database.ownerPassword(), "CLOCHER_DB_APP_USER", database.appRole(),
				"CLOCHER_DB_APP_PASSWORD", database.appPassword(), "CLOCHER_PROVISIONER_CLIENT_SECRET", "never-used",
				"CLOCHER_KEYCLOAK_SERVER_URL", nobody + "/auth"));
		environment.put("CLOCHER_SECURITY_ISSUER", issuer.issuer());
		environment.put("CLOCHER_SECURITY_JWK_SET_URI", issuer.jwkSetUri());
		ModuleSecrets.declaredIn(jar).values().forEach((variable) -> environment.put(variable, secret()));
		return environment;
	}

	/** The command that starts a service's jar in one of the lightest JVMs that serve. */
	static List<String> command(Path jar) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(JVM);
		command.addAll(List.of("-jar", jar.toString()));
		return command;
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
