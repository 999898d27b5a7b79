package fr.clocher.kernel.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.workspace.ChangeEntry;
import fr.clocher.kernel.tenancy.TenantContext;

/**
 * Records changes in the current tenant and reads them back, newest first. A change is
 * recorded in the transaction that makes it, so it is kept exactly when the change is;
 * the tenant's last activity, which operators see, moves with it.
 */
public class ChangeLog {

	/** The module key of changes to the workspace itself (modules switched on or off). */
	public static final String KERNEL = "kernel";

	private static final int MAX_TEXT = 500;

	private static final int MAX_LIMIT = 200;

	private final JdbcClient jdbc;

	private final ChangeActor actor;

	private final Clock clock;

	public ChangeLog(JdbcClient jdbc, ChangeActor actor, Clock clock) {
		this.jdbc = jdbc;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * Records a change in the current tenant, inside the caller's transaction.
	 * @param moduleKey the module the change belongs to
	 * @param what what was done, in both languages
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String moduleKey, LocalizedText what) {
		UUID tenant = TenantContext.require();
		ChangeActor.Actor who = this.actor.current();
		this.jdbc.sql("""
				insert into change_log (tenant_id, at, actor, actor_id, module_key, what_fr, what_en)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(tenant, Timestamp.from(this.clock.instant()), clip(who.name(), 200), who.id(), moduleKey,
					clip(what.fr(), MAX_TEXT), clip(what.en(), MAX_TEXT))
			.update();
		this.jdbc.sql("update tenant set last_activity_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), tenant)
			.update();
	}

	/** The latest changes in the current tenant, newest first (at most 200). */
	@Transactional(readOnly = true)
	public List<ChangeEntry> recent(int limit) {
		UUID tenant = TenantContext.require();
		return this.jdbc.sql("""
				select at, actor, actor_id, module_key, what_fr, what_en from change_log
				where tenant_id = ? order by at desc, id desc limit ?
				""")
			.params(tenant, Math.clamp(limit, 1, MAX_LIMIT))
			.query((rs, i) -> new ChangeEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("module_key"), new LocalizedText(rs.getString("what_fr"), rs.getString("what_en")),
					rs.getString("actor_id")))
			.list();
	}

	/** When the current tenant last changed anything, if ever. */
	@Transactional(readOnly = true)
	public Optional<Instant> lastChange() {
		UUID tenant = TenantContext.require();
		return this.jdbc.sql("select max(at) from change_log where tenant_id = ?")
			.param(tenant)
			.query((rs, i) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::toInstant);
	}

	private static String clip(String text, int max) {
		String value = (text == null || text.isBlank()) ? ChangeActor.SYSTEM.name() : text;
		return (value.length() <= max) ? value : value.substring(0, max - 1) + "…";
	}

}
