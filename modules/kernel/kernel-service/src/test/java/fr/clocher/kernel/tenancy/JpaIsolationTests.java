package fr.clocher.kernel.tenancy;

import java.util.UUID;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.testapp.KernelTestApplication;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.testmodule.Note;
import fr.clocher.kernel.testmodule.NoteRepository;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What tenant A wrote through JPA, tenant B can neither see nor change, by any JPA path:
 * {@code find}, JPQL, bulk JPQL and native SQL through the entity manager. Hibernate's
 * discriminator covers some of these; the native ones are held by row-level security
 * alone, so the test fails if the policies are dropped.
 */
@IntegrationTest(classes = KernelTestApplication.class)
class JpaIsolationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	@Autowired
	NoteRepository notes;

	@Autowired
	EntityManager entityManager;

	UUID tenantA;

	UUID tenantB;

	UUID noteOfA;

	@BeforeEach
	void twoTenantsAndANoteOfA() {
		this.tenantA = TestTenants.commune(this.jdbc, "a-" + UUID.randomUUID().toString().substring(0, 8));
		this.tenantB = TestTenants.commune(this.jdbc, "b-" + UUID.randomUUID().toString().substring(0, 8));
		this.noteOfA = this.work.inTenant(this.tenantA, () -> this.notes.save(new Note("réunion du conseil")).getId());
	}

	@Test
	void tenantBFindsNothingOfA() {
		this.work.runInTenant(this.tenantB, () -> {
			assertThat(this.entityManager.find(Note.class, this.noteOfA)).isNull();
			assertThat(this.notes.findById(this.noteOfA)).isEmpty();
			assertThat(this.notes.findAll()).isEmpty();
			assertThat(this.entityManager.createQuery("select n from Note n", Note.class).getResultList()).isEmpty();
			assertThat(this.entityManager.createNativeQuery("select body from note").getResultList()).isEmpty();
			assertThat(this.entityManager.createNativeQuery("select body from note where tenant_id = :a")
				.setParameter("a", this.tenantA)
				.getResultList()).isEmpty();
		});
	}

	@Test
	void tenantBCannotUpdateOrDeleteANoteOfA() {
		int changed = this.work.inTenant(this.tenantB,
				() -> this.entityManager.createQuery("update Note n set n.body = 'piraté' where n.id = :id")
					.setParameter("id", this.noteOfA)
					.executeUpdate()
						+ this.entityManager.createNativeQuery("update note set body = 'piraté' where id = :id")
							.setParameter("id", this.noteOfA)
							.executeUpdate()
						+ this.entityManager.createNativeQuery("delete from note where id = :id")
							.setParameter("id", this.noteOfA)
							.executeUpdate()
						+ this.entityManager.createQuery("delete from Note n where n.id = :id")
							.setParameter("id", this.noteOfA)
							.executeUpdate());
		this.work.runInTenant(this.tenantB, () -> this.notes.deleteById(this.noteOfA));

		assertThat(changed).isZero();
		String body = this.work.inTenant(this.tenantA, () -> this.notes.findById(this.noteOfA).orElseThrow().getBody());
		assertThat(body).isEqualTo("réunion du conseil");
	}

	@Test
	void tenantAStillSeesItsOwnNote() {
		assertThat(this.work.inTenant(this.tenantA, () -> this.notes.findAll()))
			.extracting(Note::getId, Note::getTenantId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.noteOfA, this.tenantA));
	}

}
