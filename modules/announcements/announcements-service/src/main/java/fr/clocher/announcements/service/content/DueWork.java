package fr.clocher.announcements.service.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which tenants the announcements' workers visit: a platform table of a tenant id and the
 * moment its next work falls due, per kind of work, and nothing of the work itself. The
 * transaction that creates work marks its moment (the earliest is kept); the worker, in
 * the tenant's transaction, locks the mark first, so that work another transaction adds
 * meanwhile marks again once the worker's lock is released (and is not lost when the
 * worker, which did not see it, removes the mark); then it leaves the moment of the next
 * work, or nothing.
 */
public class DueWork {

	/** The kinds of work, one mark each. */
	public enum Work {

		/** Scheduled publications and ends of alerts. */
		SWEEP,

		/** Mail waiting in the outbox. */
		MAIL

	}

	private final JdbcClient jdbc;

	DueWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks that the current tenant has work due at {@code at} (or earlier). */
	public void due(Work work, Instant at) {
		this.jdbc.sql("""
				insert into announcement_due (work, tenant_id, due_at) values (?, ?, ?)
				on conflict (work, tenant_id) do update set due_at = least(announcement_due.due_at, excluded.due_at)
				""").params(work.name(), TenantContext.require(), Timestamp.from(at)).update();
	}

	/**
	 * The active tenants whose work is due at {@code now}, earliest first: ids alone,
	 * read without any tenant context.
	 */
	public List<UUID> tenants(Work work, Instant now, int limit) {
		return this.jdbc.sql("""
				select d.tenant_id from announcement_due d join tenant t on t.id = d.tenant_id and t.status = 'ACTIVE'
				where d.work = ? and d.due_at <= ? order by d.due_at limit ?
				""").params(work.name(), Timestamp.from(now), limit).query(UUID.class).list();
	}

	/**
	 * Locks the current tenant's mark until the transaction ends, unless a writer or
	 * another worker holds it: then the mark stays due and a later turn comes back. A
	 * writer marks before it changes any announcement, so that a worker holding the mark
	 * never waits for a row the writer holds while the writer waits for the mark.
	 * @return whether this worker holds it (not when it is held, or gone because another
	 * worker has done the work)
	 */
	public boolean lock(Work work) {
		return this.jdbc.sql("select 1 from announcement_due where work = ? and tenant_id = ? for update skip locked")
			.params(work.name(), TenantContext.require())
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/** Leaves the moment of the current tenant's next work, or removes its mark. */
	public void next(Work work, Optional<Instant> at) {
		if (at.isPresent()) {
			this.jdbc.sql("update announcement_due set due_at = ? where work = ? and tenant_id = ?")
				.params(Timestamp.from(at.get()), work.name(), TenantContext.require())
				.update();
		}
		else {
			this.jdbc.sql("delete from announcement_due where work = ? and tenant_id = ?")
				.params(work.name(), TenantContext.require())
				.update();
		}
	}

}
