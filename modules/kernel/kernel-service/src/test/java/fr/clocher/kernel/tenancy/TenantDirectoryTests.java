package fr.clocher.kernel.tenancy;

import java.util.UUID;

import javax.sql.DataSource;

import fr.clocher.kernel.changes.ChangeChannel;
import fr.clocher.kernel.changes.ChangeNotified;
import fr.clocher.kernel.changes.ChangesMissed;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant found once is found again without the database, under every key it was found
 * by, until a change of it is committed; tenants not found are looked up every time, so a
 * new one is found at once.
 */
@IntegrationTest(classes = KernelTestApplication.class)
class TenantDirectoryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	CountingDataSource counting;

	TenantDirectory directory;

	String slug;

	UUID commune;

	@BeforeEach
	void aDirectoryCountingItsQueries() {
		this.counting = new CountingDataSource(this.dataSource);
		this.directory = new TenantDirectory(JdbcClient.create(this.counting));
		this.slug = "kept-" + UUID.randomUUID().toString().substring(0, 8);
		this.commune = TestTenants.commune(this.jdbc, this.slug);
	}

	@Test
	void aTenantFoundOnceIsFoundAgainWithoutTheDatabase() {
		assertThat(this.directory.bySlug(this.slug)).isPresent();
		assertThat(this.directory.byHost(this.slug + ".clocher.test")).isPresent();
		assertThat(this.directory.byId(this.commune)).isPresent();
		assertThat(this.counting.connections.get()).isEqualTo(3);

		for (int i = 0; i < 5; i++) {
			assertThat(this.directory.bySlug(this.slug.toUpperCase())).map(TenantRef::id).contains(this.commune);
			assertThat(this.directory.byHost(this.slug + ".clocher.test")).map(TenantRef::id).contains(this.commune);
			assertThat(this.directory.byId(this.commune)).map(TenantRef::slug).contains(this.slug);
		}
		assertThat(this.counting.connections.get()).isEqualTo(3);
	}

	@Test
	void aChangeOfTheTenantCommittedHereOrElsewhereMakesItReadAgain() {
		this.directory.bySlug(this.slug);
		this.jdbc.sql("update tenant set status = 'SUSPENDED' where id = ?").param(this.commune).update();

		this.directory.registryChanged(new RegistryChanged(this.commune));
		assertThat(this.directory.bySlug(this.slug)).map(TenantRef::active).contains(false);
		assertThat(this.counting.connections.get()).isEqualTo(2);

		this.jdbc.sql("update tenant set status = 'ACTIVE' where id = ?").param(this.commune).update();
		this.directory.changeNotified(new ChangeNotified(ChangeChannel.REGISTRY, this.commune.toString()));
		assertThat(this.directory.bySlug(this.slug)).map(TenantRef::active).contains(true);
		assertThat(this.counting.connections.get()).isEqualTo(3);
	}

	@Test
	void anotherTenantsChangeKeepsThisOneButMissedChangesForgetAll() {
		this.directory.bySlug(this.slug);

		this.directory.changeNotified(new ChangeNotified(ChangeChannel.REGISTRY, UUID.randomUUID().toString()));
		this.directory.bySlug(this.slug);
		assertThat(this.counting.connections.get()).isEqualTo(1);

		this.directory.changesMissed(new ChangesMissed());
		this.directory.bySlug(this.slug);
		assertThat(this.counting.connections.get()).isEqualTo(2);
	}

	@Test
	void aTenantNotFoundIsLookedUpAgainSoThatANewOneIsFoundAtOnce() {
		String later = "later-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.directory.bySlug(later)).isEmpty();

		TestTenants.commune(this.jdbc, later);

		assertThat(this.directory.bySlug(later)).isPresent();
	}

	@Test
	void whatAWritingTransactionReadsIsNotKept() {
		TenantWork work = new TenantWork(new JdbcTransactionManager(this.counting), this.directory);
		work.runInTenant(this.commune, () -> this.directory.bySlug(this.slug));
		int afterWriting = this.counting.connections.get();

		this.directory.bySlug(this.slug);

		assertThat(this.counting.connections.get()).isEqualTo(afterWriting + 1);
	}

}
