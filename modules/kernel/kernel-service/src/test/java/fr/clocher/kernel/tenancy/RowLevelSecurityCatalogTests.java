package fr.clocher.kernel.tenancy;

import java.sql.Connection;

import javax.sql.DataSource;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.test.catalog.RowLevelSecurityCatalog;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table that has a {@code tenant_id}, the kernel's and every installed module's,
 * has row-level security enabled and forced and a tenant policy that reads no table, and
 * leads its primary key with {@code tenant_id} (what Citus needs to distribute it).
 */
@IntegrationTest(classes = KernelTestApplication.class)
class RowLevelSecurityCatalogTests {

	@Autowired
	DataSource dataSource;

	@Test
	void everyTenantTableIsProtected() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			RowLevelSecurityCatalog catalog = new RowLevelSecurityCatalog(connection);
			assertThat(catalog.tenantTables()).contains("module_activation", "note");
			assertThat(catalog.unprotected()).isEmpty();
			assertThat(catalog.keyNotLedByTenant()).isEmpty();
			assertThat(catalog.uniqueNotLedByTenant()).isEmpty();
			assertThat(catalog.policyReadingATable()).isEmpty();
		}
	}

}
