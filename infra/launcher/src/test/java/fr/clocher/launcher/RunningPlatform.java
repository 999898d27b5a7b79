package fr.clocher.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import fr.clocher.kernel.database.PostgresServer;
import fr.clocher.kernel.database.PostgresServers;
import fr.clocher.kernel.keycloak.ClocherRealm;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.util.FileSystemUtils;

/**
 * The whole platform as {@code infra/run} starts it (the launcher, in a JVM of its own),
 * on ports of its own so that it never meets a developer's running platform: PostgreSQL
 * (a fresh database), the mail catcher, Keycloak from its distribution, tenant-service,
 * portal-ui and the gateway, and the demo seed of a small intercommunality. Its state and
 * every service's log are under {@code target/e2e}.
 */
final class RunningPlatform implements AutoCloseable {

	static final int GATEWAY = 18080;

	private static final int TENANT_SERVICE = 18081;

	private static final int PORTAL_UI = 18082;

	private static final int KEYCLOAK = 18180;

	private static final int SMTP = 13025;

	private static final String DATABASE = "clocher_e2e";

	/** The CC de la Vallée de Chamonix-Mont-Blanc: four communes, quick to seed. */
	static final String SEED_SIREN = "200023372";

	private static final Duration STARTUP = Duration.ofMinutes(12);

	private final Path directory;

	private final Path launcherLog;

	private final ChildProcesses processes;

	private final Process launcher;

	private RunningPlatform(Path directory, ChildProcesses processes, Process launcher) {
		this.directory = directory;
		this.launcherLog = directory.resolve("launcher.log");
		this.processes = processes;
		this.launcher = launcher;
	}

	/** The platform on a fresh database and fresh state. */
	static RunningPlatform start() throws Exception {
		dropDatabase();
		return startWithDatabaseKept();
	}

	/**
	 * The platform with fresh state (a new Keycloak, new secrets) on the database an
	 * earlier run left: what a developer gets by deleting {@code .clocher} or cloning
	 * again on the same machine.
	 */
	static RunningPlatform startWithDatabaseKept() throws Exception {
		Path root = Path.of("..", "..").toAbsolutePath().normalize();
		Path directory = root.resolve("infra/launcher/target/e2e");
		FileSystemUtils.deleteRecursively(directory.resolve("state"));
		FileSystemUtils.deleteRecursively(directory.resolve("screenshots"));
		Files.createDirectories(directory);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ChildProcesses processes = new ChildProcesses(directory);
		Process launcher = processes.start("launcher", root,
				Map.of("GATEWAY_PORT", String.valueOf(GATEWAY), "TENANT_SERVICE_PORT", String.valueOf(TENANT_SERVICE),
						"PORTAL_UI_PORT", String.valueOf(PORTAL_UI), "CLOCHER_KEYCLOAK_PORT", String.valueOf(KEYCLOAK),
						"CLOCHER_SMTP_PORT", String.valueOf(SMTP), "CLOCHER_STATE_DIR",
						directory.resolve("state").toString(), "CLOCHER_DB_NAME", DATABASE, "CLOCHER_SEED_SIREN",
						SEED_SIREN),
				List.of(java, "-cp", System.getProperty("java.class.path"), ClocherDevLauncher.class.getName()));
		RunningPlatform platform = new RunningPlatform(directory, processes, launcher);
		platform.awaitRunning();
		return platform;
	}

	/** The platform's single entry point, as browsers reach it. */
	String gateway() {
		return "http://localhost:" + GATEWAY;
	}

	/** Where the end-to-end test leaves its screenshots. */
	Path screenshots() throws IOException {
		return Files.createDirectories(this.directory.resolve("screenshots"));
	}

	/** The launcher's console: the addresses, the demo logins and every e-mail sent. */
	String console() throws IOException {
		return Files.readString(this.launcherLog);
	}

	/**
	 * The link of the newest e-mail sent to the address that is none of those already
	 * seen, as the launcher's mail catcher printed it (the invitation once tenant-service
	 * provisioned it, then Keycloak's address verification).
	 */
	String mailLink(String email, Set<String> seen) {
		return mailLink(email, "", seen);
	}

	/**
	 * The link of the newest e-mail to the address whose subject contains the text, that
	 * is none of those already seen.
	 */
	String mailLink(String email, String subject, Set<String> seen) {
		Pattern printed = Pattern.compile("\\[mail\\] to " + Pattern.quote(email) + ":[^\\n]*" + Pattern.quote(subject)
				+ "[^\\n]*\\n\\[mail\\] link: (\\S+)");
		AtomicReference<String> link = new AtomicReference<>();
		Awaitility.await("an e-mail to " + email + " about '" + subject + "'")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				Matcher found = printed.matcher(console());
				while (found.find()) {
					link.set(found.group(1));
				}
				return link.get() != null && !seen.contains(link.get());
			});
		return link.get();
	}

	private void awaitRunning() throws IOException {
		try {
			Awaitility.await("the platform (log: " + this.launcherLog + ")")
				.atMost(STARTUP)
				.pollInterval(Duration.ofSeconds(2))
				.until(() -> {
					if (!this.launcher.isAlive()) {
						throw new IllegalStateException("The launcher stopped:\n" + diagnostics());
					}
					return Files.isRegularFile(this.launcherLog)
							&& Files.readString(this.launcherLog).contains("Clocher is running.");
				});
		}
		catch (ConditionTimeoutException ex) {
			close();
			throw new IllegalStateException("The platform did not start in " + STARTUP + ":\n" + diagnostics(), ex);
		}
	}

	/** The launcher's console and the end of every service's log. */
	String diagnostics() throws IOException {
		StringBuilder text = new StringBuilder(tail(this.launcherLog, 60));
		Path logs = this.directory.resolve("state/logs");
		if (Files.isDirectory(logs)) {
			try (Stream<Path> files = Files.list(logs)) {
				for (Path log : files.sorted().toList()) {
					text.append("\n--- ").append(log.getFileName()).append(" ---\n").append(tail(log, 40));
				}
			}
		}
		return text.toString();
	}

	private static String tail(Path file, int lines) throws IOException {
		if (!Files.isRegularFile(file)) {
			return "(no " + file.getFileName() + ")";
		}
		List<String> all = Files.readAllLines(file);
		return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
	}

	/** Stops the platform, leaving its database as it is for the next run. */
	void stopKeepingDatabase() {
		this.processes.stopAll();
	}

	/** A service's log of this run. */
	String log(String service) throws IOException {
		return Files.readString(this.directory.resolve("state/logs/" + service + ".log"));
	}

	@Override
	public void close() {
		this.processes.stopAll();
		try {
			dropDatabase();
		}
		catch (SQLException ex) {
			System.err.println("Could not drop " + DATABASE + ": " + ex.getMessage());
		}
	}

	/**
	 * A fresh database each run, on the local server (an embedded one lives in the
	 * state); the roles stay, since a developer's own database uses them too.
	 */
	private static void dropDatabase() throws SQLException {
		Optional<PostgresServer> local = PostgresServers.local("127.0.0.1", 5432);
		if (local.isPresent()) {
			try (Connection admin = local.get().adminConnection("postgres");
					Statement statement = admin.createStatement()) {
				statement.execute("drop database if exists " + DATABASE + " with (force)");
			}
		}
	}

}
