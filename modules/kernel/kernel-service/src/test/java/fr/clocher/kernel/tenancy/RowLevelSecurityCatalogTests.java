package fr.clocher.kernel.tenancy;

import java.util.List;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table that has a {@code tenant_id}, the kernel's and every installed module's,
 * has row-level security enabled and forced and a tenant policy, and leads its primary
 * key with {@code tenant_id}.
 */
@IntegrationTest(classes = KernelTestApplication.class)
class RowLevelSecurityCatalogTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTenantTableIsProtected() {
		List<String> tenantTables = this.jdbc.sql("""
				select c.relname from pg_class c
				join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
				join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
				where c.relkind in ('r', 'p') and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'platform:%'
				order by 1
				""").query(String.class).list();
		List<String> unprotected = this.jdbc.sql("""
				select c.relname from pg_class c
				join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
				join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
				where c.relkind in ('r', 'p') and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'platform:%'
				  and not (c.relrowsecurity and c.relforcerowsecurity
				           and exists (select 1 from pg_policy p where p.polrelid = c.oid))
				""").query(String.class).list();
		List<String> keyNotLedByTenant = this.jdbc.sql("""
				select c.relname from pg_class c
				join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
				join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
				join pg_index i on i.indrelid = c.oid and i.indisprimary
				where c.relkind in ('r', 'p') and i.indkey[0] <> a.attnum
				  and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'platform:%'
				""").query(String.class).list();

		assertThat(tenantTables).contains("module_activation", "note");
		assertThat(unprotected).isEmpty();
		assertThat(keyNotLedByTenant).isEmpty();
	}

}
