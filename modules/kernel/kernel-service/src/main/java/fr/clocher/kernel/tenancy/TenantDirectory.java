package fr.clocher.kernel.tenancy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantStatus;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks tenants up in the platform registry by the facts a request brings: a slug, a
 * host, an id.
 */
public class TenantDirectory {

	private static final String COLUMNS = "select t.id, t.slug, t.name, t.kind, t.status from tenant t ";

	private static final RowMapper<TenantRef> ROW = (rs, i) -> new TenantRef(rs.getObject("id", UUID.class),
			rs.getString("slug"), rs.getString("name"), TenantKind.valueOf(rs.getString("kind")),
			TenantStatus.valueOf(rs.getString("status")));

	private final JdbcClient jdbc;

	public TenantDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TenantRef> byId(UUID id) {
		return this.jdbc.sql(COLUMNS + "where t.id = ?").param(id).query(ROW).optional();
	}

	public Optional<TenantRef> bySlug(String slug) {
		return this.jdbc.sql(COLUMNS + "where t.slug = ?").param(slug.toLowerCase(Locale.ROOT)).query(ROW).optional();
	}

	public Optional<TenantRef> byHost(String host) {
		return this.jdbc.sql(COLUMNS + "join tenant_host h on h.tenant_id = t.id where h.host = ?")
			.param(host.toLowerCase(Locale.ROOT))
			.query(ROW)
			.optional();
	}

	/** One active tenant, whichever: something to warm a service up with. */
	public Optional<TenantRef> anyActive() {
		return this.jdbc.sql(COLUMNS + "where t.status = 'ACTIVE' limit 1").query(ROW).optional();
	}

	public List<UUID> activeTenantIds() {
		return this.jdbc.sql("select id from tenant where status = 'ACTIVE' order by id").query(UUID.class).list();
	}

}
