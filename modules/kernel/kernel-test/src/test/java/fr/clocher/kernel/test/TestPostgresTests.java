package fr.clocher.kernel.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import fr.clocher.kernel.database.DatabaseSpec;
import fr.clocher.kernel.database.PostgresServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestPostgresTests {

	@Test
	void eachCallGivesAFreshDatabaseWithAnApplicationRoleThatIsNoSuperuser() throws Exception {
		DatabaseSpec first = TestPostgres.newDatabase();
		DatabaseSpec second = TestPostgres.newDatabase();
		assertThat(first.database()).isNotEqualTo(second.database());
		PostgresServer server = TestPostgres.server();
		try (Connection app = DriverManager.getConnection(server.jdbcUrl(first.database()), first.appRole(),
				first.appPassword()); Statement statement = app.createStatement()) {
			ResultSet row = statement.executeQuery(
					"select rolsuper, rolbypassrls, current_database() from pg_roles where rolname = current_user");
			assertThat(row.next()).isTrue();
			assertThat(row.getBoolean(1)).isFalse();
			assertThat(row.getBoolean(2)).isFalse();
			assertThat(row.getString(3)).isEqualTo(first.database());
		}
	}

	@Test
	void credentialsAreReadFromTheConfiguredUrl() {
		PostgresServer server = TestPostgres
			.fromUrl("jdbc:postgresql://db.example:6543/postgres?user=admin&password=secret");
		assertThat(server.host()).isEqualTo("db.example");
		assertThat(server.port()).isEqualTo(6543);
		assertThat(server.adminUser()).isEqualTo("admin");
		assertThat(server.adminPassword()).isEqualTo("secret");
	}

}
