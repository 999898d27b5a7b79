package fr.clocher.kernel.test.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant tables of the {@code public} schema, seen through one connection: tables
 * created in its open transaction are seen too. Tables whose comment starts with
 * {@code platform:} are the platform's own and left out.
 */
public final class RowLevelSecurityCatalog {

	private static final String TENANT_TABLES = """
			select c.relname from pg_class c
			join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
			join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
			where c.relkind in ('r', 'p') and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'platform:%'
			""";

	private final Connection connection;

	public RowLevelSecurityCatalog(Connection connection) {
		this.connection = connection;
	}

	public List<String> tenantTables() throws SQLException {
		return names("");
	}

	/**
	 * Tenant tables without row-level security enabled and forced, or without a policy.
	 */
	public List<String> unprotected() throws SQLException {
		return names("""
				and not (c.relrowsecurity and c.relforcerowsecurity
				         and exists (select 1 from pg_policy p where p.polrelid = c.oid))
				""");
	}

	/**
	 * Tenant tables whose primary key does not start with {@code tenant_id}.
	 */
	public List<String> keyNotLedByTenant() throws SQLException {
		return names("""
				and exists (select 1 from pg_index i
				            where i.indrelid = c.oid and i.indisprimary and i.indkey[0] <> a.attnum)
				""");
	}

	/**
	 * Tenant tables with a unique constraint or index that does not start with
	 * {@code tenant_id}, or without a primary key: a table distributed by tenant (Citus)
	 * can only enforce keys that hold the distribution column.
	 */
	public List<String> uniqueNotLedByTenant() throws SQLException {
		return names("""
				and (not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indisprimary)
				     or exists (select 1 from pg_index i
				                where i.indrelid = c.oid and i.indisunique and i.indkey[0] <> a.attnum))
				""");
	}

	/**
	 * Tenant tables with a policy that reads a table (a subquery): Citus refuses to
	 * distribute them, and the same read hidden in a function fails on its workers
	 * (decision 0024). A policy may read only the row and settings.
	 */
	public List<String> policyReadingATable() throws SQLException {
		return names("""
				and exists (select 1 from pg_policy p
				            where p.polrelid = c.oid
				              and concat(pg_get_expr(p.polqual, p.polrelid), ' ',
				                         pg_get_expr(p.polwithcheck, p.polrelid)) ~* '\\mselect\\M')
				""");
	}

	public List<String> ownedBy(String role) throws SQLException {
		return names("and pg_get_userbyid(c.relowner) = ?", role);
	}

	private List<String> names(String condition, String... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection
			.prepareStatement(TENANT_TABLES + condition + " order by 1")) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			List<String> names = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			return names;
		}
	}

}
