package fr.clocher.wastebilling.service.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.JobError;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.WasteJob;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The jobs' rows, always the current tenant's (and row-level security underneath). */
class JobStore {

	private final JdbcClient jdbc;

	JobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String kind, Long total, Instant at) {
		this.jdbc.sql("""
				insert into waste_job (tenant_id, id, kind, state, done, total, started_at, heartbeat_at)
				values (?, ?, ?, 'RUNNING', 0, ?, ?, ?)
				""").params(TenantContext.require(), id, kind, total, Timestamp.from(at), Timestamp.from(at)).update();
	}

	void beat(List<UUID> jobs, Instant at) {
		this.jdbc.sql("update waste_job set heartbeat_at = ? where tenant_id = ? and id = any(?) and state = 'RUNNING'")
			.params(Timestamp.from(at), TenantContext.require(), jobs.toArray(UUID[]::new))
			.update();
	}

	/** Fails the job if it is running but has not beaten since {@code since}. */
	void interruptIfSilentSince(UUID id, Instant since, LocalizedText message, Instant at) {
		this.jdbc.sql("""
				update waste_job set state = 'FAILED', message_fr = ?, message_en = ?, finished_at = ?
				where tenant_id = ? and id = ? and state = 'RUNNING' and heartbeat_at < ?
				""")
			.params(message.fr(), message.en(), Timestamp.from(at), TenantContext.require(), id, Timestamp.from(since))
			.update();
	}

	void progress(UUID id, long done, Long total) {
		this.jdbc.sql("update waste_job set done = ?, total = coalesce(?, total) where tenant_id = ? and id = ?")
			.params(done, total, TenantContext.require(), id)
			.update();
	}

	void done(UUID id, UUID result, Instant at) {
		this.jdbc.sql("""
				update waste_job set state = 'DONE', done = coalesce(total, done), result_id = ?, finished_at = ?
				where tenant_id = ? and id = ?
				""").params(result, Timestamp.from(at), TenantContext.require(), id).update();
	}

	void failed(UUID id, LocalizedText message, List<JobLineError> errors, long errorCount, Instant at) {
		UUID tenant = TenantContext.require();
		this.jdbc.sql("""
				update waste_job set state = 'FAILED', message_fr = ?, message_en = ?, error_count = ?,
				    finished_at = ? where tenant_id = ? and id = ?
				""").params(message.fr(), message.en(), errorCount, Timestamp.from(at), tenant, id).update();
		int position = 0;
		for (JobLineError error : errors) {
			this.jdbc.sql("""
					insert into waste_job_error (tenant_id, job_id, position, line, field, reason_fr, reason_en)
					values (?, ?, ?, ?, ?, ?, ?)
					""")
				.params(tenant, id, ++position, error.line(), error.field(), error.reason().fr(), error.reason().en())
				.update();
		}
	}

	Optional<WasteJob> find(String kind, UUID id, Locale locale) {
		UUID tenant = TenantContext.require();
		return this.jdbc.sql("select * from waste_job where tenant_id = ? and id = ? and kind = ?")
			.params(tenant, id, kind)
			.query((rs, i) -> job(rs, locale))
			.optional();
	}

	private WasteJob job(ResultSet rs, Locale locale) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String messageFr = rs.getString("message_fr");
		String message = (messageFr != null) ? LocalizedText.of(messageFr, rs.getString("message_en")).in(locale)
				: null;
		Timestamp finished = rs.getTimestamp("finished_at");
		return new WasteJob(id, JobState.valueOf(rs.getString("state")), rs.getLong("done"),
				(Long) rs.getObject("total"), rs.getObject("result_id", UUID.class), message, rs.getLong("error_count"),
				errors(id, locale), rs.getTimestamp("started_at").toInstant(),
				(finished != null) ? finished.toInstant() : null);
	}

	private List<JobError> errors(UUID job, Locale locale) {
		return this.jdbc.sql("""
				select line, field, reason_fr, reason_en from waste_job_error
				where tenant_id = ? and job_id = ? order by position
				""")
			.params(TenantContext.require(), job)
			.query((rs, i) -> new JobError((Long) rs.getObject("line"), rs.getString("field"),
					LocalizedText.of(rs.getString("reason_fr"), rs.getString("reason_en")).in(locale)))
			.list();
	}

}
