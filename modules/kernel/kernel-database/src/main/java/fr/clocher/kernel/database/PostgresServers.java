package fr.clocher.kernel.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the PostgreSQL server to use when none is configured: the local one on
 * 127.0.0.1:5432 (trust authentication for {@code postgres}) when it answers, else an
 * embedded one started for the life of this JVM.
 */
public final class PostgresServers {

	private static final Logger log = LoggerFactory.getLogger(PostgresServers.class);

	private PostgresServers() {
	}

	public static PostgresServer localOrEmbedded() {
		return local("127.0.0.1", 5432).orElseGet(PostgresServers::embedded);
	}

	public static Optional<PostgresServer> local(String host, int port) {
		PostgresServer candidate = new PostgresServer(host, port, "postgres", null,
				"local PostgreSQL on " + host + ":" + port, null);
		try (Connection connection = candidate.adminConnection("postgres")) {
			return Optional.of(candidate);
		}
		catch (SQLException ex) {
			log.debug("No local PostgreSQL on {}:{}: {}", host, port, ex.getMessage());
			return Optional.empty();
		}
	}

	public static PostgresServer embedded() {
		return embedded(null);
	}

	/**
	 * An embedded server; with a data directory its data is kept there between runs, else
	 * it is thrown away when the server stops.
	 */
	public static PostgresServer embedded(Path dataDirectory) {
		return embedded(dataDirectory, 0);
	}

	/**
	 * An embedded server on {@code port} (0: any free one); stopped and started again on
	 * the same data directory and port, it is the same server restarted.
	 */
	public static PostgresServer embedded(Path dataDirectory, int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setOverrideWorkingDirectory(workingDirectory());
			if (port != 0) {
				builder.setPort(port);
			}
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Started embedded PostgreSQL on port {}", postgres.getPort());
			return new PostgresServer("localhost", postgres.getPort(), "postgres", null,
					"embedded PostgreSQL on port " + postgres.getPort(), postgres);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start an embedded PostgreSQL", ex);
		}
	}

	/**
	 * The embedded server drops its privileges when started as root, so its directory
	 * must be traversable by everyone.
	 */
	private static java.io.File workingDirectory() throws IOException {
		Path dir = Path.of(System.getProperty("java.io.tmpdir"), "clocher-embedded-pg");
		Files.createDirectories(dir);
		try {
			Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: nothing to widen
		}
		return dir.toFile();
	}

}
