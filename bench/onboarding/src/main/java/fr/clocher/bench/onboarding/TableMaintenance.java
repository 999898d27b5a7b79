package fr.clocher.bench.onboarding;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * What autovacuum would do after a bulk load, done at once so that both phases are
 * measured on tables in the same state and no autovacuum runs while measuring:
 * {@code VACUUM ANALYZE}, as the owner role (the application role owns nothing and may
 * not).
 */
class TableMaintenance {

	private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

	private final String url;

	private final String owner;

	private final String password;

	TableMaintenance(String url, String owner, String password) {
		this.url = url;
		this.owner = owner;
		this.password = password;
	}

	/** Returns the time it took. */
	long vacuumAnalyze(String... tables) {
		return run("vacuum (analyze) ", tables);
	}

	/** Returns the time it took. */
	long analyze(String... tables) {
		return run("analyze ", tables);
	}

	private long run(String command, String... tables) {
		for (String table : tables) {
			if (!TABLE.matcher(table).matches()) {
				throw new IllegalArgumentException("Not a plain table name: " + table);
			}
		}
		long start = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(this.url, this.owner, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(command + String.join(", ", tables));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not " + command + String.join(", ", tables), ex);
		}
		return System.nanoTime() - start;
	}

}
