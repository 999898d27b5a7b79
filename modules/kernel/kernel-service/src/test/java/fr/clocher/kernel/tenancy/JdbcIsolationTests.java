package fr.clocher.kernel.tenancy;

import java.util.UUID;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.testapp.KernelTestApplication;
import fr.clocher.kernel.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Plain JDBC, no ORM anywhere: row-level security alone keeps tenants apart, and with no
 * tenant set nothing is visible and nothing can be written.
 */
@IntegrationTest(classes = KernelTestApplication.class)
class JdbcIsolationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	UUID tenantA;

	UUID tenantB;

	@BeforeEach
	void notesOfTwoTenants() {
		this.tenantA = TestTenants.commune(this.jdbc, "a-" + UUID.randomUUID().toString().substring(0, 8));
		this.tenantB = TestTenants.commune(this.jdbc, "b-" + UUID.randomUUID().toString().substring(0, 8));
		insertAs(this.tenantA, "note de A");
		insertAs(this.tenantB, "note de B");
	}

	@Test
	void tenantBSeesNoneOfAsRowsEvenWhenAskingForThem() {
		this.work.runInTenant(this.tenantB, () -> {
			assertThat(this.jdbc.sql("select body from note").query(String.class).list()).containsExactly("note de B");
			assertThat(this.jdbc.sql("select body from note where tenant_id = ?")
				.param(this.tenantA)
				.query(String.class)
				.list()).isEmpty();
			assertThat(this.jdbc.sql("update note set body = 'x' where tenant_id = ?").param(this.tenantA).update())
				.isZero();
			assertThat(this.jdbc.sql("delete from note where tenant_id = ?").param(this.tenantA).update()).isZero();
		});
		assertThat(this.work.inTenant(this.tenantA,
				() -> this.jdbc.sql("select body from note").query(String.class).list()))
			.containsExactly("note de A");
	}

	@Test
	void tenantBCannotWriteARowForA() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.work.runInTenant(this.tenantB,
				() -> this.jdbc.sql("insert into note (tenant_id, id, body) values (?, ?, 'intrus')")
					.params(this.tenantA, UUID.randomUUID())
					.update()))
			.havingRootCause()
			.withMessageContaining("violates row-level security policy");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.work.runInTenant(this.tenantB,
					() -> this.jdbc.sql("update note set tenant_id = ?").param(this.tenantA).update()))
			.havingRootCause()
			.withMessageContaining("violates row-level security policy");
	}

	@Test
	void withNoTenantNothingIsVisibleAndInsertsAreRefused() {
		assertThat(TenantContext.current()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from note").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from module_activation").query(Long.class).single()).isZero();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("insert into note (tenant_id, id, body) values (?, ?, 'orpheline')")
				.params(this.tenantA, UUID.randomUUID())
				.update())
			.havingRootCause()
			.withMessageContaining("violates row-level security policy");
		assertThat(this.work.inTenant(this.tenantA,
				() -> this.jdbc.sql("select count(*) from note").query(Long.class).single()))
			.isEqualTo(1);
	}

	private void insertAs(UUID tenant, String body) {
		this.work.runInTenant(tenant,
				() -> this.jdbc.sql("insert into note (tenant_id, id, body) values (?, ?, ?)")
					.params(tenant, UUID.randomUUID(), body)
					.update());
	}

}
