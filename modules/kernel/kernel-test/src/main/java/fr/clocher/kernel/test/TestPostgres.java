package fr.clocher.kernel.test;

import java.net.URI;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import fr.clocher.kernel.database.DatabaseBootstrap;
import fr.clocher.kernel.database.DatabaseSpec;
import fr.clocher.kernel.database.PostgresServer;
import fr.clocher.kernel.database.PostgresServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of this test run, chosen once per JVM, and fresh databases on it.
 */
public final class TestPostgres {

	/**
	 * A JDBC URL with credentials, e.g.
	 * {@code jdbc:postgresql://db:5432/postgres?user=postgres&password=x}.
	 */
	public static final String URL_VARIABLE = "CLOCHER_TEST_DB_URL";

	private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);

	private static PostgresServer server;

	private TestPostgres() {
	}

	public static synchronized PostgresServer server() {
		if (server == null) {
			server = choose();
			log.info("Tests use {}", server.description());
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "clocher-test-postgres-stop"));
		}
		return server;
	}

	/**
	 * A new database with its own owner and application roles, dropped when the JVM ends.
	 */
	public static DatabaseSpec newDatabase() {
		String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 10);
		String name = "clocher_t_" + suffix;
		DatabaseSpec spec = new DatabaseSpec(name, name + "_owner", "owner-" + suffix, name + "_app", "app-" + suffix);
		PostgresServer target = server();
		try {
			DatabaseBootstrap.ensure(target, spec);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not create test database on " + target.description(), ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(target, spec), "drop-" + name));
		return spec;
	}

	private static PostgresServer choose() {
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
			container.start();
			return new PostgresServer(container.getHost(), container.getMappedPort(5432), container.getUsername(),
					container.getPassword(), "PostgreSQL in a Testcontainers container", container::stop);
		}
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			return fromUrl(url);
		}
		return PostgresServers.localOrEmbedded();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			log.debug("Docker is not available: {}", ex.getMessage());
			return false;
		}
	}

	static PostgresServer fromUrl(String jdbcUrl) {
		if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException(URL_VARIABLE + " must be a jdbc:postgresql:// URL");
		}
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		String user = "postgres";
		String password = null;
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				String[] parts = pair.split("=", 2);
				String key = parts[0].toLowerCase(Locale.ROOT);
				if (key.equals("user")) {
					user = parts[1];
				}
				else if (key.equals("password")) {
					password = parts[1];
				}
			}
		}
		int port = (uri.getPort() > 0) ? uri.getPort() : 5432;
		return new PostgresServer(uri.getHost(), port, user, password, "PostgreSQL from " + URL_VARIABLE, null);
	}

	private static void dropQuietly(PostgresServer target, DatabaseSpec spec) {
		try {
			DatabaseBootstrap.drop(target, spec);
		}
		catch (Exception ex) {
			log.warn("Could not drop test database {}: {}", spec.database(), ex.getMessage());
		}
	}

}
