package fr.clocher.kernel.tenancy;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.testapp.KernelTestApplication;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.testmodule.Note;
import fr.clocher.kernel.testmodule.NoteArchiver;
import fr.clocher.kernel.testmodule.NoteRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Work that leaves the request thread carries its tenant explicitly and sees only that
 * tenant's rows; work started with no tenant finds none.
 */
@IntegrationTest(classes = KernelTestApplication.class)
class BackgroundWorkTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	@Autowired
	NoteRepository notes;

	@Autowired
	NoteArchiver archiver;

	@Test
	void asyncWorkRunsForTheSubmittingTenantOnAnotherThread() throws Exception {
		UUID a = TestTenants.commune(this.jdbc, "async-a-" + UUID.randomUUID().toString().substring(0, 6));
		UUID b = TestTenants.commune(this.jdbc, "async-b-" + UUID.randomUUID().toString().substring(0, 6));
		this.work.runInTenant(a, () -> this.notes.save(new Note("de A")));
		this.work.runInTenant(b, () -> this.notes.save(new Note("de B")));

		NoteArchiver.Seen seen = TenantContext.callAs(a, () -> this.archiver.inBackground()).get(10, TimeUnit.SECONDS);

		assertThat(seen.tenant()).isEqualTo(a);
		assertThat(seen.thread()).isNotEqualTo(Thread.currentThread().getName());
		assertThat(seen.bodies()).containsExactly("de A");
	}

	@Test
	void asyncWorkSubmittedWithoutATenantFailsClosed() {
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> this.archiver.inBackground().get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(NoTenantException.class);
	}

	@Test
	void aJobOverAllTenantsRunsEachInItsOwnTenant() {
		UUID a = TestTenants.commune(this.jdbc, "job-a-" + UUID.randomUUID().toString().substring(0, 6));
		UUID b = TestTenants.commune(this.jdbc, "job-b-" + UUID.randomUUID().toString().substring(0, 6));
		this.work.runInTenant(a, () -> this.notes.save(new Note("un")));
		this.work.runInTenant(b, () -> {
			this.notes.save(new Note("deux"));
			this.notes.save(new Note("trois"));
		});
		Map<UUID, Long> counted = new ConcurrentHashMap<>();

		int tenants = this.work.forEachActiveTenant((tenant) -> {
			assertThat(TenantContext.require()).isEqualTo(tenant);
			counted.put(tenant, this.notes.count());
		});

		assertThat(tenants).isGreaterThanOrEqualTo(2);
		assertThat(counted).containsEntry(a, 1L).containsEntry(b, 2L);
		assertThat(TenantContext.current()).isEmpty();
	}

}
