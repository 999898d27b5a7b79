package fr.clocher.kernel.tenancy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.changes.ChangeChannel;
import fr.clocher.kernel.changes.ChangeNotified;
import fr.clocher.kernel.changes.ChangesMissed;
import fr.clocher.kernel.changes.KeptReads;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Looks tenants up in the platform registry by the facts a request brings: a slug, a
 * host, an id. What it finds is kept in memory, so that a public page served from cache
 * costs no database work; a tenant is forgotten when a change of it is committed, on this
 * instance ({@link RegistryChanged}) or any other (the registry's trigger,
 * {@link ChangeChannel#REGISTRY}). Only tenants found are kept: a tenant created
 * elsewhere is found at once.
 */
public class TenantDirectory {

	private static final long KEPT = 100_000;

	private static final String COLUMNS = "select t.id, t.slug, t.name, t.kind, t.status from tenant t ";

	private static final RowMapper<TenantRef> ROW = (rs, i) -> new TenantRef(rs.getObject("id", UUID.class),
			rs.getString("slug"), rs.getString("name"), TenantKind.valueOf(rs.getString("kind")),
			TenantStatus.valueOf(rs.getString("status")));

	private final JdbcClient jdbc;

	private final KeptReads<UUID, TenantRef> byId = new KeptReads<>(KEPT);

	private final KeptReads<String, TenantRef> bySlug = new KeptReads<>(KEPT);

	private final KeptReads<String, TenantRef> byHost = new KeptReads<>(KEPT);

	public TenantDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TenantRef> byId(UUID id) {
		return this.byId.find(id, () -> this.jdbc.sql(COLUMNS + "where t.id = ?").param(id).query(ROW).optional());
	}

	public Optional<TenantRef> bySlug(String slug) {
		String key = slug.toLowerCase(Locale.ROOT);
		return this.bySlug.find(key,
				() -> this.jdbc.sql(COLUMNS + "where t.slug = ?").param(key).query(ROW).optional());
	}

	public Optional<TenantRef> byHost(String host) {
		String key = host.toLowerCase(Locale.ROOT);
		return this.byHost.find(key,
				() -> this.jdbc.sql(COLUMNS + "join tenant_host h on h.tenant_id = t.id where h.host = ?")
					.param(key)
					.query(ROW)
					.optional());
	}

	/** One active tenant, whichever: something to warm a service up with. */
	public Optional<TenantRef> anyActive() {
		return this.jdbc.sql(COLUMNS + "where t.status = 'ACTIVE' limit 1").query(ROW).optional();
	}

	public List<UUID> activeTenantIds() {
		return this.jdbc.sql("select id from tenant where status = 'ACTIVE' order by id").query(UUID.class).list();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void registryChanged(RegistryChanged change) {
		forget(change.tenantId());
	}

	@EventListener
	void changeNotified(ChangeNotified change) {
		if (change.channel() == ChangeChannel.REGISTRY) {
			forget(UUID.fromString(change.payload()));
		}
	}

	@EventListener
	void changesMissed(ChangesMissed missed) {
		this.byId.forgetAll();
		this.bySlug.forgetAll();
		this.byHost.forgetAll();
	}

	private void forget(UUID tenant) {
		this.byId.forget(tenant);
		this.bySlug.forgetValues((ref) -> ref.id().equals(tenant));
		this.byHost.forgetValues((ref) -> ref.id().equals(tenant));
	}

}
