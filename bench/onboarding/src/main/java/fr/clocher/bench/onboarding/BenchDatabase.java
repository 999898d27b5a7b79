package fr.clocher.bench.onboarding;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import fr.clocher.kernel.database.DatabaseBootstrap;
import fr.clocher.kernel.database.DatabaseSpec;
import fr.clocher.kernel.database.PostgresServer;
import fr.clocher.kernel.database.PostgresServers;

/**
 * A fresh database of the benchmark's own, with its own owner and application roles, on
 * the local PostgreSQL when it answers, else on an embedded one; dropped, roles included,
 * at the end.
 */
final class BenchDatabase {

	private final PostgresServer server;

	private final DatabaseSpec spec;

	private final AtomicBoolean dropped = new AtomicBoolean();

	private BenchDatabase(PostgresServer server, DatabaseSpec spec) {
		this.server = server;
		this.spec = spec;
	}

	static BenchDatabase create() throws SQLException {
		SecureRandom random = new SecureRandom();
		String suffix = HexFormat.of().toHexDigits(random.nextLong()).substring(0, 10);
		String name = "clocher_bench_" + suffix;
		DatabaseSpec spec = new DatabaseSpec(name, name + "_owner", HexFormat.of().toHexDigits(random.nextLong()),
				name + "_app", HexFormat.of().toHexDigits(random.nextLong()));
		PostgresServer server = PostgresServers.localOrEmbedded();
		DatabaseBootstrap.ensure(server, spec);
		return new BenchDatabase(server, spec);
	}

	/**
	 * The properties tenant-service needs to run on this database: the services as the
	 * application role, the migrations as the owner, no provisioning of its own.
	 */
	Map<String, String> springProperties() {
		String url = this.server.jdbcUrl(this.spec.database());
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", this.spec.appRole());
		properties.put("spring.datasource.password", this.spec.appPassword());
		properties.put("spring.flyway.url", url);
		properties.put("spring.flyway.user", this.spec.ownerRole());
		properties.put("spring.flyway.password", this.spec.ownerPassword());
		properties.put("clocher.database.app-role", this.spec.appRole());
		properties.put("clocher.database.provision", "false");
		return properties;
	}

	String description() {
		return this.spec.database() + " on " + this.server.description();
	}

	/** Drops the database and its roles, and stops the server if it was started here. */
	void drop() {
		if (!this.dropped.compareAndSet(false, true)) {
			return;
		}
		try {
			DatabaseBootstrap.drop(this.server, this.spec);
		}
		catch (SQLException ex) {
			System.err.println("Could not drop " + description() + ": " + ex.getMessage());
		}
		finally {
			this.server.stop();
		}
	}

}
