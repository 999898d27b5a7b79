package fr.clocher.kernel.site;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import fr.clocher.kernel.tenancy.CountingDataSource;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One thing the secretary does is one new site version, however many changes it makes in
 * its transaction; each transaction that changes the site makes its own.
 */
@IntegrationTest(classes = KernelTestApplication.class)
@RecordApplicationEvents
class SiteVersionsTests {

	@Autowired
	SiteVersions versions;

	@Autowired
	TenantWork work;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	DataSource dataSource;

	UUID commune;

	@BeforeEach
	void aCommune() {
		this.commune = TestTenants.commune(this.jdbc, "commune-" + UUID.randomUUID().toString().substring(0, 8));
	}

	@Test
	void severalChangesInOneTransactionMakeOneVersion() {
		SiteVersion[] touched = this.work.inTenant(this.commune,
				() -> new SiteVersion[] { this.versions.touch(), this.versions.touch(), this.versions.touch() });

		assertThat(touched).extracting(SiteVersion::version).containsExactly(1L, 1L, 1L);
		assertThat(current()).isEqualTo(1);
		assertThat(this.events.stream(SiteChanged.class)).containsExactly(new SiteChanged(this.commune, 1));
	}

	@Test
	void eachTransactionMakesItsOwnVersionANestedOneToo() {
		this.work.runInTenant(this.commune, this.versions::touch);
		this.work.runInTenant(this.commune, () -> {
			TransactionTemplate nested = new TransactionTemplate(this.transactions);
			nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			Long inNested = nested.execute((status) -> this.versions.touch().version());
			assertThat(inNested).isEqualTo(2);
			// The nested transaction's change is not this one's: this one makes its own.
			assertThat(this.versions.touch().version()).isEqualTo(3);
			this.versions.touch();
		});

		assertThat(current()).isEqualTo(3);
		assertThat(this.events.stream(SiteChanged.class).map(SiteChanged::version)).containsExactly(1L, 2L, 3L);
	}

	@Test
	void theCurrentVersionIsKeptUntilTheCommunesSiteChanges() {
		CountingDataSource counting = new CountingDataSource(this.dataSource);
		SiteVersions kept = new SiteVersions(JdbcClient.create(counting), Clock.systemUTC(), (event) -> {
		});
		TenantContext.runAs(this.commune, () -> {
			kept.current();
			kept.current();
		});
		assertThat(counting.connections.get()).isEqualTo(1);

		this.work.runInTenant(this.commune, this.versions::touch);
		kept.siteChanged(new SiteChanged(UUID.randomUUID(), 1));
		assertThat(TenantContext.callAs(this.commune, kept::current).version()).isZero();
		kept.siteChanged(new SiteChanged(this.commune, 1));
		assertThat(TenantContext.callAs(this.commune, kept::current).version()).isEqualTo(1);
		assertThat(counting.connections.get()).isEqualTo(2);
	}

	private long current() {
		return this.work.inTenant(this.commune, () -> this.versions.current().version());
	}

}
