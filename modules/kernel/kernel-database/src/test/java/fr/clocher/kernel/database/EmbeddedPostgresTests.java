package fr.clocher.kernel.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fallback of a fresh machine without a PostgreSQL server: an embedded one, prepared
 * the same way as a real one.
 */
class EmbeddedPostgresTests {

	@Test
	void embeddedServerIsPreparedWithAnOwnerAndAnApplicationRole() throws Exception {
		PostgresServer server = PostgresServers.embedded();
		try {
			DatabaseSpec spec = new DatabaseSpec("clocher_embedded", "clocher_owner", "o", "clocher_app", "a");
			DatabaseBootstrap.ensure(server, spec);
			DatabaseBootstrap.ensure(server, spec);
			try (Connection owner = DriverManager.getConnection(server.jdbcUrl(spec.database()), spec.ownerRole(), "o");
					Statement statement = owner.createStatement()) {
				statement.execute("create table t (id int)");
			}
			try (Connection app = DriverManager.getConnection(server.jdbcUrl(spec.database()), spec.appRole(), "a");
					Statement statement = app.createStatement()) {
				ResultSet owner = statement
					.executeQuery("select tableowner from pg_tables where schemaname = 'public' and tablename = 't'");
				assertThat(owner.next()).isTrue();
				assertThat(owner.getString(1)).isEqualTo("clocher_owner");
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.execute("create table u (id int)"))
					.withMessageContaining("permission denied");
			}
		}
		finally {
			server.stop();
		}
	}

}
