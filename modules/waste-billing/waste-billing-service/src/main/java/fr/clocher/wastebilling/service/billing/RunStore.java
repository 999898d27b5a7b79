package fr.clocher.wastebilling.service.billing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.RunStatus;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The current tenant's billing runs, under row-level security. */
class RunStore {

	private static final String COLUMNS = "select id, year, period_start, period_end, status, computed_at, validated_at,"
			+ " issued_at from waste_billing_run ";

	private final JdbcClient jdbc;

	RunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredRun> all() {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? order by period_start desc")
			.param(TenantContext.require())
			.query(RunStore::row)
			.list();
	}

	Optional<StoredRun> find(UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.query(RunStore::row)
			.optional();
	}

	/** The run, locked until the transaction ends: one step at a time. */
	Optional<StoredRun> lock(UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ? for update")
			.params(TenantContext.require(), id)
			.query(RunStore::row)
			.optional();
	}

	boolean exists(Period period) {
		return this.jdbc.sql("""
				select exists (select 1 from waste_billing_run where tenant_id = ? and period_start <= ?
				    and period_end >= ?)
				""")
			.params(TenantContext.require(), Date.valueOf(period.end()), Date.valueOf(period.start()))
			.query(Boolean.class)
			.single();
	}

	/** The latest issued run ending before this one starts. */
	Optional<StoredRun> previousIssued(StoredRun run) {
		return this.jdbc
			.sql(COLUMNS
					+ "where tenant_id = ? and status = 'ISSUED' and period_end < ? order by period_end desc limit 1")
			.params(TenantContext.require(), Date.valueOf(run.period().start()))
			.query(RunStore::row)
			.optional();
	}

	void insert(UUID id, int year, Period period, Instant now) {
		this.jdbc.sql("""
				insert into waste_billing_run (tenant_id, id, year, period_start, period_end, status, created_at)
				values (?, ?, ?, ?, ?, 'DRAFT', ?)
				""")
			.params(TenantContext.require(), id, year, Date.valueOf(period.start()), Date.valueOf(period.end()),
					Timestamp.from(now))
			.update();
	}

	void status(UUID id, RunStatus status, String atColumn, Instant at) {
		this.jdbc.sql("update waste_billing_run set status = ?, " + atColumn + " = ? where tenant_id = ? and id = ?")
			.params(status.name(), Timestamp.from(at), TenantContext.require(), id)
			.update();
	}

	/**
	 * The run with its invoices' count and total (original invoices, not corrections).
	 */
	BillingRun view(StoredRun run) {
		return this.jdbc.sql("""
				select count(*) as n, coalesce(sum(total_cents), 0)::bigint as total from waste_invoice
				where tenant_id = ? and run_id = ? and kind = 'INVOICE' and corrects is null
				""")
			.params(TenantContext.require(), run.id())
			.query((rs, i) -> new BillingRun(run.id(), run.year(), run.period().start(), run.period().end(),
					run.status(), rs.getLong("n"), rs.getLong("total"), run.computedAt(), run.validatedAt(),
					run.issuedAt()))
			.single();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	private static StoredRun row(ResultSet rs, int i) throws SQLException {
		return new StoredRun(rs.getObject("id", UUID.class), rs.getInt("year"),
				new Period(rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate()),
				RunStatus.valueOf(rs.getString("status")), instant(rs, "computed_at"), instant(rs, "validated_at"),
				instant(rs, "issued_at"));
	}

}
