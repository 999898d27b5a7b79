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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import fr.clocher.kernel.database.DatabaseBootstrap;
import fr.clocher.kernel.database.DatabaseSpec;
import fr.clocher.kernel.database.PostgresServer;
import fr.clocher.kernel.database.PostgresServers;
import fr.clocher.kernel.keycloak.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults the platform must survive, each caused on purpose on this machine (issue 16): a
 * tenant-service and a gateway, started from the jars the build made, on a PostgreSQL of
 * their own that the suite stops and starts again. Each fault prints what it did and what
 * it measured; what a client saw committed must be in the database (lost writes: 0),
 * every request must be answered (201, or 503/504 with a delay to retry after), and the
 * services must serve again without being restarted. Logs in {@code target/faults/logs}.
 * {@code bench/faults/run} runs this suite alone.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

	private static final String COMMUNE = "bourg-en-panne";

	/** The pool is small and short-tempered, so that exhausting it takes few requests. */
	private static final int POOL_SIZE = 4;

	private static final Duration POOL_WAIT = Duration.ofSeconds(1);

	private static final Duration GATEWAY_TIMEOUT = Duration.ofSeconds(3);

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	private Path root;

	private Path postgresData;

	private int postgresPort;

	private PostgresServer postgres;

	private DatabaseSpec database;

	private ChildProcesses processes;

	private LocalIssuer issuer;

	private Map<String, String> tenantEnvironment;

	private int tenantPort;

	private int gatewayPort;

	private Process tenantService;

	@BeforeAll
	void start() throws Exception {
		this.root = Path.of("..", "..").toAbsolutePath().normalize();
		Path directory = this.root.resolve("infra/launcher/target/faults");
		FileSystemUtils.deleteRecursively(directory);
		this.postgresData = directory.resolve("postgres");
		this.postgresPort = FreePort.find();
		this.postgres = PostgresServers.embedded(this.postgresData, this.postgresPort);
		this.database = new DatabaseSpec("clocher_faults", "clocher_faults_owner", secret(), "clocher_faults_app",
				secret());
		DatabaseBootstrap.ensure(this.postgres, this.database);
		this.issuer = LocalIssuer.start();
		this.processes = new ChildProcesses(directory.resolve("logs"));
		this.tenantPort = FreePort.find();
		this.gatewayPort = FreePort.find();
		Path tenantJar = ClocherDevLauncher.jar(this.root, "tenant-service");
		String nobody = "http://127.0.0.1:" + FreePort.find();
		this.tenantEnvironment = TwoInstances.tenantServiceEnvironment(this.postgres, this.database, this.issuer,
				tenantJar);
		this.tenantEnvironment
			.putAll(Map.of("TENANT_SERVICE_PORT", String.valueOf(this.tenantPort), "CLOCHER_DB_POOL_SIZE",
					String.valueOf(POOL_SIZE), "CLOCHER_DB_POOL_WAIT_MS", String.valueOf(POOL_WAIT.toMillis())));
		this.tenantService = startTenantService();
		this.processes.start("gateway", this.root,
				Map.of("GATEWAY_PORT", String.valueOf(this.gatewayPort), "TENANT_SERVICE_URL", tenantService(),
						"PORTAL_UI_URL", nobody, "KEYCLOAK_URL", nobody, "RATE_LIMIT_ENABLED", "false",
						"GATEWAY_RESPONSE_TIMEOUT", GATEWAY_TIMEOUT.toSeconds() + "s"),
				TwoInstances.command(ClocherDevLauncher.jar(this.root, "gateway")));
		TwoInstances.awaitUp("tenant-service", tenantService(), this.processes);
		TwoInstances.awaitUp("gateway", gateway(), this.processes);
		try (Connection admin = this.postgres.adminConnection(this.database.database())) {
			RegistryRows.activeCommune(admin, COMMUNE, "Bourg-en-Panne");
		}
		System.out.println("Fault suite: tenant-service (pool of " + POOL_SIZE + ", waits " + POOL_WAIT.toMillis()
				+ " ms for a connection), gateway (gives up after " + GATEWAY_TIMEOUT.toSeconds() + " s), "
				+ this.postgres.description());
	}

	@AfterAll
	void stop() {
		if (this.processes != null) {
			this.processes.stopAll();
		}
		if (this.issuer != null) {
			this.issuer.close();
		}
		if (this.postgres != null) {
			this.postgres.stop();
		}
	}

	@Test
	@Order(1)
	void postgresRestartedUnderLoadLosesNoCommittedWriteAndTheServiceRecoversWithoutARestart() throws Exception {
		Writes writes = new Writes(this::writePage);
		writes.start(4);
		await("writes under way").atMost(Duration.ofSeconds(30)).until(() -> writes.acknowledged().size() >= 8);
		Instant stopped = Instant.now();
		this.postgres.stop();
		await("the writers refused while PostgreSQL is down").atMost(Duration.ofSeconds(30))
			.until(() -> writes.statuses().getOrDefault(503, 0L) >= 8);
		this.postgres = PostgresServers.embedded(this.postgresData, this.postgresPort);
		Instant restarted = Instant.now();
		await("writes committed after the restart").atMost(Duration.ofMinutes(1))
			.until(() -> writes.acknowledgedAfter(restarted) >= 8);
		writes.stop();

		long held = held(writes.acknowledged());
		Duration recovery = Duration.between(restarted, writes.firstAcknowledgedAfter(restarted));
		Duration written = publishAndReadBack();
		writes.print(
				"PostgreSQL stopped for " + Duration.between(stopped, restarted).toMillis()
						+ " ms under 4 writers, then started again",
				held, "first write committed " + recovery.toMillis() + " ms after PostgreSQL was back; a publication "
						+ "after the restart reached the public page in " + written.toMillis() + " ms");

		assertThat(writes.lost(held)).as("writes a client saw committed and the database lacks").isZero();
		assertThat(writes.unanswered()).as("requests left without an answer").isZero();
		assertThat(writes.statuses()).as("what the writers were answered").containsKey(201).containsKey(503);
		assertThat(writes.statuses().keySet()).as("nothing but committed or unavailable").containsOnly(201, 503);
	}

	@Test
	@Order(2)
	void anExhaustedPoolFailsFastWith503AndRecoversByItself() throws Exception {
		Writes writes = new Writes(this::writePage);
		try (Connection admin = this.postgres.adminConnection(this.database.database())) {
			admin.setAutoCommit(false);
			// Every write now waits on the lock, holding its connection: the pool runs
			// dry.
			admin.createStatement().execute("lock table website_page in access exclusive mode");
			writes.start(3 * POOL_SIZE);
			await("refusals while the pool is exhausted").atMost(Duration.ofSeconds(30))
				.until(() -> writes.statuses().getOrDefault(503, 0L) >= 2 * POOL_SIZE);
			admin.rollback();
		}
		await("a write committed after the pool came back").atMost(Duration.ofSeconds(30))
			.until(() -> writes.firstAcknowledgedAfter(Instant.now().minusMillis(200)) != null);
		writes.stop();

		long held = held(writes.acknowledged());
		writes.print("every pooled connection held by a write waiting on a lock, " + 3 * POOL_SIZE + " writers", held,
				"slowest refusal " + writes.slowest(503).toMillis() + " ms (the pool waits " + POOL_WAIT.toMillis()
						+ " ms)");

		assertThat(writes.lost(held)).isZero();
		assertThat(writes.unanswered()).isZero();
		assertThat(writes.statuses().keySet()).containsOnly(201, 503);
		assertThat(writePage(UUID.randomUUID().toString()).statusCode()).as("a write once the lock is gone")
			.isEqualTo(201);
	}

	@Test
	@Order(3)
	void aSlowThenStoppedTenantServiceGetsAFriendlyAnswerFromTheGatewayWithinItsTimeout() throws Exception {
		String page = "/c/" + COMMUNE + "/";
		assertThat(throughGateway(page).statusCode()).isEqualTo(200);

		signal("STOP", this.tenantService);
		Instant asked = Instant.now();
		HttpResponse<String> slow;
		try {
			slow = throughGateway("/c/" + COMMUNE + "/pages-" + UUID.randomUUID());
		}
		finally {
			signal("CONT", this.tenantService);
		}
		Duration waited = Duration.between(asked, Instant.now());

		this.tenantService.destroyForcibly().waitFor();
		Instant downAt = Instant.now();
		// A page no gateway keeps in memory: what it answers is its own.
		HttpResponse<String> down = throughGateway(page + "pages-" + UUID.randomUUID());
		Duration refused = Duration.between(downAt, Instant.now());

		System.out.println("Fault: tenant-service frozen (SIGSTOP): the gateway answered " + slow.statusCode()
				+ " after " + waited.toMillis() + " ms (its timeout: " + GATEWAY_TIMEOUT.toMillis()
				+ " ms); tenant-service killed: the gateway answered " + down.statusCode() + " in " + refused.toMillis()
				+ " ms");

		assertThat(slow.statusCode()).isEqualTo(504);
		assertThat(slow.body()).contains("Le service tarde à répondre");
		assertThat(slow.headers().firstValue("Retry-After")).isPresent();
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(down.body()).contains("Service momentanément indisponible");
		assertThat(down.headers().firstValue("Retry-After")).isPresent();
	}

	private Process startTenantService() throws IOException {
		return this.processes.start("tenant-service", this.root.resolve("tenant-service"), this.tenantEnvironment,
				TwoInstances.command(ClocherDevLauncher.jar(this.root, "tenant-service")));
	}

	private HttpResponse<String> writePage(String slug) throws IOException, InterruptedException {
		String body = "{\"title\":\"Panne " + slug + "\",\"slug\":\"" + slug + "\",\"body\":\"<p>Écrite.</p>\"}";
		return this.http
			.send(HttpRequest.newBuilder(URI.create(tenantService() + "/api/tenants/" + COMMUNE + "/website/pages"))
				.header("Authorization", "Bearer " + this.issuer.secretaryOf(COMMUNE))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Publishes a new welcome text and measures until tenant-service serves it: its
	 * caches follow the database again after the restart.
	 */
	private Duration publishAndReadBack() throws Exception {
		String welcome = "Revenu " + UUID.randomUUID();
		HttpResponse<String> published = this.http
			.send(HttpRequest.newBuilder(URI.create(tenantService() + "/api/tenants/" + COMMUNE + "/website/home"))
				.header("Authorization", "Bearer " + this.issuer.secretaryOf(COMMUNE))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(10))
				.PUT(HttpRequest.BodyPublishers.ofString("{\"welcome\":\"<p>" + welcome + "</p>\",\"quickLinks\":[]}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		Instant at = Instant.now();
		await("the publication on the public page").atMost(Duration.ofSeconds(10))
			.until(() -> this.http
				.send(HttpRequest.newBuilder(URI.create(tenantService() + "/c/" + COMMUNE + "/")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body()
				.contains(welcome));
		return Duration.between(at, Instant.now());
	}

	private HttpResponse<String> throughGateway(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(gateway() + path))
			.header("Accept", "text/html")
			.timeout(GATEWAY_TIMEOUT.plusSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** How many of these pages the database holds, asked once it answers again. */
	private long held(List<String> slugs) throws SQLException {
		try (Connection admin = this.postgres.adminConnection(this.database.database());
				var count = admin.prepareStatement("select count(*) from website_page where slug = any(?)")) {
			count.setArray(1, admin.createArrayOf("text", slugs.toArray()));
			try (var result = count.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private static void signal(String signal, Process process) throws IOException, InterruptedException {
		int code = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor();
		assertThat(code).as("kill -" + signal).isZero();
	}

	private String tenantService() {
		return "http://127.0.0.1:" + this.tenantPort;
	}

	private String gateway() {
		return "http://127.0.0.1:" + this.gatewayPort;
	}

	private static String secret() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * Writers that each create pages one after the other, and what they were answered.
	 */
	private static final class Writes {

		private final Write write;

		private final List<Outcome> outcomes = new ArrayList<>();

		private final List<CompletableFuture<Void>> writers = new ArrayList<>();

		private volatile boolean running = true;

		Writes(Write write) {
			this.write = write;
		}

		void start(int count) {
			for (int i = 0; i < count; i++) {
				this.writers.add(CompletableFuture.runAsync(this::writeUntilStopped,
						Executors.newVirtualThreadPerTaskExecutor()));
			}
		}

		private void writeUntilStopped() {
			while (this.running) {
				String slug = "p-" + UUID.randomUUID();
				Instant at = Instant.now();
				int status;
				try {
					status = this.write.send(slug).statusCode();
				}
				catch (IOException | InterruptedException ex) {
					status = -1;
				}
				Instant answered = Instant.now();
				synchronized (this.outcomes) {
					this.outcomes.add(new Outcome(slug, status, at, answered));
				}
				if (status != 201) {
					sleepQuietly();
				}
			}
		}

		void stop() {
			this.running = false;
			CompletableFuture.allOf(this.writers.toArray(CompletableFuture[]::new)).join();
		}

		private List<Outcome> outcomes() {
			synchronized (this.outcomes) {
				return List.copyOf(this.outcomes);
			}
		}

		long acknowledgedAfter(Instant instant) {
			return outcomes().stream()
				.filter((outcome) -> outcome.status() == 201 && outcome.sent().isAfter(instant))
				.count();
		}

		Instant firstAcknowledgedAfter(Instant instant) {
			return outcomes().stream()
				.filter((outcome) -> outcome.status() == 201 && outcome.sent().isAfter(instant))
				.map(Outcome::answered)
				.min(Instant::compareTo)
				.orElse(null);
		}

		List<String> acknowledged() {
			return outcomes().stream().filter((outcome) -> outcome.status() == 201).map(Outcome::slug).toList();
		}

		long lost(long held) {
			return acknowledged().size() - held;
		}

		long unanswered() {
			return outcomes().stream().filter((outcome) -> outcome.status() == -1).count();
		}

		Map<Integer, Long> statuses() {
			Map<Integer, Long> statuses = new HashMap<>();
			outcomes().forEach((outcome) -> statuses.merge(outcome.status(), 1L, Long::sum));
			return statuses;
		}

		Duration slowest(int status) {
			return outcomes().stream()
				.filter((outcome) -> outcome.status() == status)
				.map((outcome) -> Duration.between(outcome.sent(), outcome.answered()))
				.max(Duration::compareTo)
				.orElse(Duration.ZERO);
		}

		void print(String fault, long held, String measured) {
			System.out.println("Fault: " + fault + ". Answers by status " + statuses() + ", writes acknowledged "
					+ acknowledged().size() + ", held by the database " + held + ", lost " + lost(held)
					+ ", unanswered " + unanswered() + "; " + measured + ".");
		}

		private static void sleepQuietly() {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	private record Outcome(String slug, int status, Instant sent, Instant answered) {
	}

	@FunctionalInterface
	private interface Write {

		HttpResponse<String> send(String slug) throws IOException, InterruptedException;

	}

}
