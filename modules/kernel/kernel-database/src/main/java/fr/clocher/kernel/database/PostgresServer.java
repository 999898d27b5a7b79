package fr.clocher.kernel.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A PostgreSQL server reachable with superuser credentials, and how to stop it if we
 * started it.
 */
public record PostgresServer(String host, int port, String adminUser, String adminPassword, String description,
		AutoCloseable stopper) {

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	public Connection adminConnection(String database) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", this.adminUser);
		if (this.adminPassword != null) {
			props.setProperty("password", this.adminPassword);
		}
		props.setProperty("connectTimeout", "3");
		return DriverManager.getConnection(jdbcUrl(database), props);
	}

	public void stop() {
		if (this.stopper != null) {
			try {
				this.stopper.close();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not stop " + this.description, ex);
			}
		}
	}

}
