package fr.clocher.tenant.lifecycle;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table that holds a tenant's rows, read from the database's catalogue rather than
 * listed by hand: a module's new table is in the export the day its migration runs. A
 * tenant table is one with a {@code tenant_id} column (the convention row-level security
 * rests on); a partitioned table counts once, its partitions not.
 */
class TenantTables {

	private final JdbcClient jdbc;

	TenantTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> names() {
		return this.jdbc.sql("""
				select c.relname
				from pg_class c
				join pg_namespace n on n.oid = c.relnamespace
				join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
				where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
				order by c.relname
				""").query(String.class).list();
	}

}
