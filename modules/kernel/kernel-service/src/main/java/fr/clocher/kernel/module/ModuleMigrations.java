package fr.clocher.kernel.module;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Runs the platform's migrations, then each installed module's, every module with its own
 * history table ({@code flyway_history_<key>}) so modules version independently.
 */
class ModuleMigrations implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

	private final ModuleCatalog catalog;

	ModuleMigrations(ModuleCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void migrate(Flyway platform) {
		platform.migrate();
		for (ClocherModule module : this.catalog.modules()) {
			Flyway flyway = Flyway.configure(platform.getConfiguration().getClassLoader())
				.configuration(platform.getConfiguration())
				.locations(module.migrationsLocation())
				.table(historyTable(module.key()))
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load();
			int applied = flyway.migrate().migrationsExecuted;
			revokeHistoryFromApplication(flyway, historyTable(module.key()));
			log.info("Module {}: {} migration(s) applied", module.key(), applied);
		}
	}

	/**
	 * The owner's default privileges give the application role every new table, the
	 * module's history included; the services have no business there.
	 */
	private static void revokeHistoryFromApplication(Flyway flyway, String table) {
		String appRole = flyway.getConfiguration().getPlaceholders().get("appRole");
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("revoke all on " + table + " from " + appRole);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not protect " + table, ex);
		}
	}

	static String historyTable(String key) {
		return "flyway_history_" + key.replace('-', '_');
	}

}
