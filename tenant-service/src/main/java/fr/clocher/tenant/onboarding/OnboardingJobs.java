package fr.clocher.tenant.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.platform.OnboardingJob;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job rows. Every write is its own short transaction (even when called from inside
 * the onboarding's long one), so progress is visible as it happens.
 */
@Component
class OnboardingJobs {

	/** A job silent this long is taken for lost (its instance stopped) and failed. */
	static final Duration LOST_AFTER = Duration.ofMinutes(10);

	private static final LocalizedText LOST = LocalizedText.of(
			"L'inscription a été interrompue (arrêt du service). Relancez-la.",
			"The onboarding was interrupted (the service stopped). Start it again.");

	private static final String COLUMNS = "select j.id, j.siren, j.name, j.status, j.done, j.total, j.error_fr,"
			+ " j.error_en, t.slug from onboarding_job j left join tenant t on t.id = j.tenant_id";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	OnboardingJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records a running job for the SIREN, unless one runs already.
	 * @return the new job, or empty when one runs (see {@link #running})
	 */
	Optional<OnboardingJob> start(String siren, String name, int total, String secretaryEmail) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		Integer inserted = this.ownTransaction.execute((status) -> {
			this.jdbc
				.sql("update onboarding_job set status = 'FAILED', error_fr = ?, error_en = ?, updated_at = ?"
						+ " where siren = ? and status = 'RUNNING' and updated_at < ?")
				.params(LOST.fr(), LOST.en(), now, siren, now.minus(LOST_AFTER))
				.update();
			return this.jdbc
				.sql("insert into onboarding_job (id, siren, name, status, total, secretary_email,"
						+ " created_at, updated_at) values (?, ?, ?, 'RUNNING', ?, ?, ?, ?)"
						+ " on conflict (siren) where status = 'RUNNING' do nothing")
				.params(id, siren, name, total, secretaryEmail, now, now)
				.update();
		});
		return (inserted != null && inserted == 1) ? find(id) : Optional.empty();
	}

	Optional<OnboardingJob> running(String siren) {
		return this.jdbc.sql(COLUMNS + " where j.siren = ? and j.status = 'RUNNING'")
			.param(siren)
			.query(OnboardingJobs::job)
			.optional();
	}

	Optional<OnboardingJob> find(UUID id) {
		return this.jdbc.sql(COLUMNS + " where j.id = ?").param(id).query(OnboardingJobs::job).optional();
	}

	String secretaryEmail(UUID id) {
		return this.jdbc.sql("select secretary_email from onboarding_job where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	void progress(UUID id, int done) {
		write("update onboarding_job set done = ?, updated_at = ? where id = ?", done, now(), id);
	}

	void finish(UUID id, UUID tenantId) {
		write("update onboarding_job set status = 'DONE', done = total, tenant_id = ?, updated_at = ? where id = ?",
				tenantId, now(), id);
	}

	void fail(UUID id, LocalizedText why) {
		write("update onboarding_job set status = 'FAILED', error_fr = ?, error_en = ?, updated_at = ? where id = ?",
				why.fr(), why.en(), now(), id);
	}

	private void write(String sql, Object... params) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql(sql).params(params).update());
	}

	private static OnboardingJob job(ResultSet rs, int rowNum) throws SQLException {
		String errorFr = rs.getString("error_fr");
		return new OnboardingJob(rs.getObject("id", UUID.class), rs.getString("siren"), rs.getString("name"),
				OnboardingJob.State.valueOf(rs.getString("status")), rs.getInt("done"), rs.getInt("total"),
				rs.getString("slug"), (errorFr != null) ? LocalizedText.of(errorFr, rs.getString("error_en")) : null);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
