package fr.clocher.wastebilling.service.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.service.WasteBillingTest;
import fr.clocher.wastebilling.service.WasteBillingTestCase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job whose instance stopped under it (a restart, a crash) is read as failed, saying it
 * was cut short, once it has been silent for six heartbeats; a job that runs keeps
 * beating and stays running however long it takes.
 */
@WasteBillingTest
class InterruptedJobsTests extends WasteBillingTestCase {

	@Autowired
	Jobs jobs;

	@Test
	void aJobWhoseInstanceStoppedIsReadAsFailedAndSaysSo() throws Exception {
		UUID silent = runningJob(Instant.now().minus(Duration.ofMinutes(5)));
		UUID recent = runningJob(Instant.now().minusSeconds(5));

		String job = this.api.get("/lift-import-jobs/{id}", silent).andReturn().getResponse().getContentAsString();

		assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(job, "$.message")).contains("interrompue").contains("relancez-la");
		assertThat((Object) JsonPath.read(job, "$.finishedAt")).isNotNull();
		assertThat((String) JsonPath.read(
				this.api.get("/lift-import-jobs/{id}", recent).andReturn().getResponse().getContentAsString(),
				"$.state"))
			.isEqualTo("RUNNING");
	}

	@Test
	void aRunningJobBeatsAndIsNeverTakenForInterrupted() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		UUID id = TenantContext.callAs(this.cc.id(), () -> this.jobs.start("LIFT_IMPORT", null, (progress) -> {
			await(release);
			return null;
		}, () -> {
		})).id();
		try {
			setHeartbeat(id, Instant.now().minus(Duration.ofMinutes(5)));

			TenantContext.runAs(this.cc.id(), this.jobs::beat);

			assertThat(
					TenantContext.callAs(this.cc.id(), () -> this.jobs.find("LIFT_IMPORT", id, Locale.FRENCH)).state())
				.isEqualTo(JobState.RUNNING);
		}
		finally {
			release.countDown();
		}
		assertThat(this.api.ended("/lift-import-jobs/{id}", id)).contains("\"DONE\"");
	}

	private UUID runningJob(Instant heartbeat) {
		UUID id = UUID.randomUUID();
		inTenant("""
				insert into waste_job (tenant_id, id, kind, state, done, total, started_at, heartbeat_at)
				values (clocher_current_tenant(), ?, 'LIFT_IMPORT', 'RUNNING', 20000, 80000, ?, ?)
				""", id, Timestamp.from(heartbeat.minusSeconds(60)), Timestamp.from(heartbeat));
		return id;
	}

	private void setHeartbeat(UUID id, Instant heartbeat) {
		inTenant("update waste_job set heartbeat_at = ? where id = ?", Timestamp.from(heartbeat), id);
	}

	/** One statement as the application's role in the tenant, committed. */
	private void inTenant(String statement, Object... values) {
		this.sql.execute((Connection connection) -> {
			connection.setAutoCommit(false);
			try (Statement setting = connection.createStatement();
					PreparedStatement update = connection.prepareStatement(statement)) {
				setting.execute("select set_config('clocher.tenant_id', '" + this.cc.id() + "', true)");
				for (int i = 0; i < values.length; i++) {
					update.setObject(i + 1, values[i]);
				}
				update.executeUpdate();
				connection.commit();
			}
			finally {
				connection.setAutoCommit(true);
			}
			return null;
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
