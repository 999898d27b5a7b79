package fr.clocher.directory.service.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.Submission;
import fr.clocher.directory.api.SubmissionStatus;
import fr.clocher.kernel.tenancy.TenantContext;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current tenant's proposals, in a tenant table under row-level security.
 */
class SubmissionStore {

	private static final String COLUMNS = "select id, entry_id, content::text as content, submitter_email, status,"
			+ " reason, created_at, decided_at from directory_submission ";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	SubmissionStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID id, UUID entry, EntryDraft content, String email, byte[] tokenHash, Instant now) {
		this.jdbc.sql("""
				insert into directory_submission (tenant_id, id, entry_id, content, submitter_email, token_hash,
				  status, created_at)
				values (?, ?, ?, cast(? as jsonb), ?, ?, 'UNCONFIRMED', ?)
				""")
			.params(TenantContext.require(), id, entry, this.json.writeValueAsString(content), email, tokenHash,
					Timestamp.from(now))
			.update();
	}

	/**
	 * Confirms the unconfirmed proposal of this token made after a time; false when there
	 * is none.
	 */
	boolean confirm(byte[] tokenHash, Instant since, Instant now) {
		return this.jdbc.sql("""
				update directory_submission set status = 'PENDING', confirmed_at = ?
				where tenant_id = ? and token_hash = ? and status = 'UNCONFIRMED' and created_at > ?
				""")
			.params(Timestamp.from(now), TenantContext.require(), tokenHash, Timestamp.from(since))
			.update() == 1;
	}

	boolean unconfirmed(byte[] tokenHash, Instant since) {
		return this.jdbc
			.sql("select count(*) from directory_submission where tenant_id = ? and token_hash = ?"
					+ " and status = 'UNCONFIRMED' and created_at > ?")
			.params(TenantContext.require(), tokenHash, Timestamp.from(since))
			.query(Integer.class)
			.single() == 1;
	}

	/** Deletes the unconfirmed proposals made before a time; how many. */
	int deleteUnconfirmed(Instant before) {
		return this.jdbc
			.sql("delete from directory_submission where tenant_id = ? and status = 'UNCONFIRMED'"
					+ " and created_at <= ?")
			.params(TenantContext.require(), Timestamp.from(before))
			.update();
	}

	List<Submission> all(SubmissionStatus status) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and status = ? order by created_at, id")
			.params(TenantContext.require(), status.name())
			.query(this::row)
			.list();
	}

	/** One proposal, locked until the transaction ends (two decisions never cross). */
	Optional<Submission> lock(UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ? and status <> 'UNCONFIRMED' for update")
			.params(TenantContext.require(), id)
			.query(this::row)
			.optional();
	}

	void decide(UUID id, SubmissionStatus status, String reason, Instant now) {
		this.jdbc
			.sql("update directory_submission set status = ?, reason = ?, decided_at = ? where tenant_id = ?"
					+ " and id = ?")
			.params(status.name(), reason, Timestamp.from(now), TenantContext.require(), id)
			.update();
	}

	private Submission row(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Submission(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
				this.json.readValue(rs.getString("content"), EntryDraft.class), rs.getString("submitter_email"),
				SubmissionStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getTimestamp("created_at").toInstant(), (decided != null) ? decided.toInstant() : null);
	}

}
