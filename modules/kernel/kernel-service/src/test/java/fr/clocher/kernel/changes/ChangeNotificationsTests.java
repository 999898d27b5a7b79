package fr.clocher.kernel.changes;

import java.time.Duration;
import java.util.UUID;

import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What another instance commits reaches this one's caches: the registry's lookups and the
 * sites' versions are kept in memory, and the database's triggers tell every instance
 * when they change. The changes here are written in plain SQL, as another instance (or an
 * operator at the psql prompt) would: nothing in this process is told but by PostgreSQL.
 */
@IntegrationTest(classes = KernelTestApplication.class)
class ChangeNotificationsTests {

	private static final Duration WITHIN = Duration.ofSeconds(10);

	@Autowired
	TenantDirectory directory;

	@Autowired
	SiteVersions versions;

	@Autowired
	TenantWork work;

	@Autowired
	JdbcClient jdbc;

	String slug;

	UUID commune;

	@BeforeEach
	void aCommuneAlreadyLookedUp() {
		this.slug = "notified-" + UUID.randomUUID().toString().substring(0, 8);
		this.commune = TestTenants.commune(this.jdbc, this.slug);
		assertThat(this.directory.bySlug(this.slug)).map(TenantRef::active).contains(true);
		assertThat(this.directory.byHost(this.slug + ".clocher.test")).isPresent();
		assertThat(siteVersion()).isZero();
	}

	@Test
	void aSuspensionCommittedElsewhereIsSeenHere() {
		this.jdbc.sql("update tenant set status = 'SUSPENDED' where id = ?").param(this.commune).update();

		await().atMost(WITHIN)
			.untilAsserted(() -> assertThat(this.directory.bySlug(this.slug)).map(TenantRef::status)
				.contains(TenantStatus.SUSPENDED));
		assertThat(this.directory.byHost(this.slug + ".clocher.test")).map(TenantRef::status)
			.contains(TenantStatus.SUSPENDED);
		assertThat(this.directory.byId(this.commune)).map(TenantRef::status).contains(TenantStatus.SUSPENDED);
	}

	@Test
	void aHostRemovedElsewhereNoLongerNamesTheCommune() {
		this.jdbc.sql("delete from tenant_host where tenant_id = ?").param(this.commune).update();

		await().atMost(WITHIN)
			.untilAsserted(() -> assertThat(this.directory.byHost(this.slug + ".clocher.test")).isEmpty());
	}

	@Test
	void aSiteVersionCommittedElsewhereIsSeenHere() {
		this.work.runInTenant(this.commune,
				() -> this.jdbc.sql("insert into site_version (tenant_id, version, changed_at) values (?, 41, now())")
					.param(this.commune)
					.update());

		await().atMost(WITHIN).untilAsserted(() -> assertThat(siteVersion()).isEqualTo(41));
	}

	@Test
	void whatChangedWhileTheListenerWasCutOffIsSeenOnceItListensAgain() {
		int cut = this.jdbc.sql("""
				select count(pg_terminate_backend(pid)) from pg_stat_activity
				where query like 'listen clocher_%' and datname = current_database() and pid <> pg_backend_pid()
				""").query(Integer.class).single();
		assertThat(cut).isPositive();
		this.jdbc.sql("update tenant set name = 'Renommée' where id = ?").param(this.commune).update();

		await().atMost(WITHIN)
			.untilAsserted(
					() -> assertThat(this.directory.bySlug(this.slug)).map(TenantRef::name).contains("Renommée"));
	}

	/** As a public page asks it: outside any transaction, so what is read is kept. */
	private long siteVersion() {
		return TenantContext.callAs(this.commune, () -> this.versions.current().version());
	}

}
