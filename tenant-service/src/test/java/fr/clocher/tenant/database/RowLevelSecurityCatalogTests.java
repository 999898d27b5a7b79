package fr.clocher.tenant.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import javax.sql.DataSource;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.test.catalog.RowLevelSecurityCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On tenant-service's schema, migrated with the kernel and every installed module, each
 * table with a {@code tenant_id} has row-level security enabled and forced, a policy, a
 * primary key led by {@code tenant_id}, and belongs to the owner role, never to the role
 * the service connects as (an owner could switch its security off).
 */
@IntegrationTest
class RowLevelSecurityCatalogTests {

	@Autowired
	DataSource dataSource;

	@Value("${clocher.database.app-role}")
	String appRole;

	@Value("${spring.flyway.url}")
	String url;

	@Value("${spring.flyway.user}")
	String owner;

	@Value("${spring.flyway.password}")
	String ownerPassword;

	@Test
	void everyTenantTableOfEveryModuleIsProtected() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			RowLevelSecurityCatalog catalog = new RowLevelSecurityCatalog(connection);
			assertThat(catalog.tenantTables()).contains("module_activation", "website_page", "website_document",
					"website_file");
			assertThat(catalog.unprotected()).isEmpty();
			assertThat(catalog.keyNotLedByTenant()).isEmpty();
			assertThat(catalog.uniqueNotLedByTenant()).isEmpty();
			// Citus cannot distribute these until their group policies read settings only
			// (decision 0024, infra/citus/README.md): no other table may join them.
			assertThat(catalog.policyReadingATable()).containsExactly("announcement", "announcement_image",
					"directory_category", "directory_entry");
			assertThat(catalog.ownedBy(this.appRole)).isEmpty();
			assertThat(catalog.ownedBy(this.owner)).isEqualTo(catalog.tenantTables());
		}
	}

	@Test
	void aTenantTableLeftOpenIsNamed() throws Exception {
		try (Connection connection = DriverManager.getConnection(this.url, this.owner, this.ownerPassword)) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table catalog_probe_open (id uuid primary key, tenant_id uuid not null)");
				statement.execute("create table catalog_probe_unforced (tenant_id uuid primary key)");
				statement.execute("alter table catalog_probe_unforced enable row level security");
				statement.execute("create policy tenant on catalog_probe_unforced using (true)");
				statement.execute("create table catalog_probe_keyless (tenant_id uuid not null, name text)");
				statement.execute("create table catalog_probe_unique (tenant_id uuid, id uuid, code text unique, "
						+ "primary key (tenant_id, id))");
				RowLevelSecurityCatalog catalog = new RowLevelSecurityCatalog(connection);
				assertThat(catalog.unprotected()).containsExactly("catalog_probe_keyless", "catalog_probe_open",
						"catalog_probe_unforced", "catalog_probe_unique");
				assertThat(catalog.keyNotLedByTenant()).containsExactly("catalog_probe_open");
				assertThat(catalog.uniqueNotLedByTenant()).containsExactly("catalog_probe_keyless",
						"catalog_probe_open", "catalog_probe_unique");
			}
			finally {
				connection.rollback();
			}
		}
	}

}
