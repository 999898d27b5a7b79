package fr.clocher.tenant.registry;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.NoTenantException;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.test.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static fr.clocher.kernel.tenancy.TenantContext.callAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a module learns about the current tenant's groups and members, against a real
 * database, on Corsican tenants no other test uses: CC du Sud Corse (7 communes), CC
 * Celavu-Prunelli (10 communes), a syndicate over Porto-Vecchio (Sud Corse) and
 * Bastelicaccia (Celavu-Prunelli), and Aghione, whose intercommunality is not on the
 * platform.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantRelationsTests {

	static final List<String> SUD_CORSE_MEMBERS = List.of("2A247", "2A041", "2A139", "2A288", "2A114", "2A215",
			"2A163");

	@Autowired
	TenantRelations relations;

	@Autowired
	TenantRegistry registry;

	@Autowired
	JdbcClient jdbc;

	Tenant sudCorse;

	Tenant celavu;

	Tenant syndicate;

	@BeforeAll
	void groups() {
		this.sudCorse = this.registry.onboardIntercommunality("200040764");
		this.celavu = this.registry.onboardIntercommunality("242000503");
		this.syndicate = this.registry.createSyndicate("252000017", "Syndicat de collecte du Sud", null,
				List.of("2A247", "2A032"));
		this.registry.createCommune("2B002", null);
	}

	@Test
	void aMemberCommuneSeesItsIntercommunality() {
		assertThat(callAs(commune("2A041"), this.relations::groupsOfCurrentTenant))
			.containsExactly(new TenantRef(this.sudCorse.getId(), "cc-du-sud-corse", "CC du Sud Corse",
					TenantKind.INTERCOMMUNALITY, TenantStatus.ACTIVE));
		assertThat(callAs(commune("2A247"), this.relations::groupsOfCurrentTenant)).extracting(TenantRef::id)
			.containsExactly(this.sudCorse.getId(), this.syndicate.getId());
		assertThat(callAs(commune("2A032"), this.relations::groupsOfCurrentTenant)).extracting(TenantRef::id)
			.containsExactly(this.celavu.getId(), this.syndicate.getId());
	}

	@Test
	void theIntercommunalitySeesExactlyItsMemberCommunesByName() {
		List<TenantRef> members = callAs(this.sudCorse.getId(), this.relations::membersOfCurrentTenant);

		assertThat(members).extracting(TenantRef::id)
			.containsExactlyInAnyOrderElementsOf(SUD_CORSE_MEMBERS.stream().map(this::commune).toList());
		assertThat(members).extracting(TenantRef::kind).containsOnly(TenantKind.COMMUNE);
		assertThat(members).extracting(TenantRef::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(callAs(this.syndicate.getId(), this.relations::membersOfCurrentTenant)).extracting(TenantRef::id)
			.containsExactlyInAnyOrder(commune("2A247"), commune("2A032"));
	}

	@Test
	void aCommuneOfAnotherIntercommunalitySeesNeitherItNorItsMembers() {
		UUID bastelica = commune("2A031");

		assertThat(callAs(bastelica, this.relations::groupsOfCurrentTenant)).extracting(TenantRef::id)
			.containsExactly(this.celavu.getId());
		assertThat(callAs(bastelica, this.relations::membersOfCurrentTenant)).isEmpty();
		assertThat(callAs(this.sudCorse.getId(), this.relations::membersOfCurrentTenant)).extracting(TenantRef::id)
			.doesNotContain(bastelica);
	}

	@Test
	void aCommuneInNoGroupGetsEmptyLists() {
		UUID aghione = commune("2B002");

		assertThat(callAs(aghione, this.relations::groupsOfCurrentTenant)).isEmpty();
		assertThat(callAs(aghione, this.relations::membersOfCurrentTenant)).isEmpty();
	}

	@Test
	void withNoCurrentTenantEveryCallFails() {
		assertThat(TenantContext.current()).isEmpty();
		assertThatExceptionOfType(NoTenantException.class).isThrownBy(this.relations::groupsOfCurrentTenant);
		assertThatExceptionOfType(NoTenantException.class).isThrownBy(this.relations::membersOfCurrentTenant);
	}

	private UUID commune(String inseeCode) {
		return this.jdbc.sql("select id from tenant where kind = 'COMMUNE' and official_code = ?")
			.param(inseeCode)
			.query(UUID.class)
			.single();
	}

}
