package fr.clocher.kernel.tenancy;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The role the services connect as owns nothing: it cannot switch row-level security off,
 * change a table, become the owner or bypass the policies.
 */
@IntegrationTest(classes = KernelTestApplication.class)
class ApplicationRoleTests {

	@Autowired
	JdbcClient jdbc;

	@Value("${clocher.test.database.owner-role}")
	String ownerRole;

	@ParameterizedTest
	@ValueSource(strings = { "alter table note disable row level security",
			"alter table note no force row level security", "alter table module_activation disable row level security",
			"drop policy tenant_isolation on note", "alter table note add column stolen text",
			"create policy everything on note using (true)", "drop table note", "create table evil (id int)",
			"alter role current_user bypassrls", "set session_replication_role = replica" })
	void cannotWeakenTheSchema(String statement) {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.sql(statement).update())
			.havingRootCause()
			.withMessageMatching("(?s)ERROR: (must be owner|permission denied|must be superuser).*");
	}

	@ParameterizedTest
	@ValueSource(strings = { "flyway_schema_history", "flyway_history_notes" })
	void cannotReadOrRewriteMigrationHistory(String table) {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from " + table).update())
			.havingRootCause()
			.withMessageContaining("permission denied");
	}

	@Test
	void cannotBecomeTheOwner() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("set role " + this.ownerRole).update())
			.havingRootCause()
			.withMessageContaining("permission denied to set role");
	}

	@Test
	void isNeitherSuperuserNorAbleToBypassRowLevelSecurity() {
		assertThat(this.jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from pg_tables where tableowner = current_user")
			.query(Long.class)
			.single()).isZero();
	}

}
