package fr.clocher.bench.onboarding;

import java.util.Comparator;
import java.util.List;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.TenantServiceApplication;
import fr.clocher.tenant.reference.ReferenceData;
import fr.clocher.tenant.reference.ReferenceIntercommunality;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's own code path on a tiny slice and a fresh database: two
 * intercommunalities and five lone communes, three of them the baseline, fifty
 * iterations. Checks what was onboarded and the shape of the result, never a timing.
 */
@IntegrationTest(classes = { TenantServiceApplication.class, OnboardingBenchConfiguration.class },
		properties = { "clocher.database.provision=false", BenchProperties.KEYCLOAK_UNREACHABLE,
				BenchProperties.UNUSED_PROVISIONER_SECRET, BenchProperties.NO_PROVISIONING_RETRY,
				BenchProperties.QUIET_PROVISIONING })
class OnboardingBenchmarkTests {

	private static final BenchSettings TINY = new BenchSettings(2, 5, 3, 12, 10, 50, 2, true, 7L);

	@Autowired
	OnboardingBenchmark benchmark;

	@Autowired
	ReferenceData reference;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onboardsTheSliceThroughTheRegistryAndMeasuresBothPhases() {
		List<ReferenceIntercommunality> firstTwo = this.reference.intercommunalities()
			.stream()
			.sorted(Comparator.comparing(ReferenceIntercommunality::siren))
			.limit(2)
			.toList();
		int members = firstTwo.stream().mapToInt((epci) -> epci.memberInseeCodes().size()).sum();

		BenchmarkResult result = this.benchmark.run(TINY);

		assertThat(count("select count(*) from tenant where kind = 'INTERCOMMUNALITY'")).isEqualTo(2);
		assertThat(count("select count(*) from tenant where kind = 'COMMUNE'")).isEqualTo(members + 5);
		assertThat(count("select count(*) from tenant_membership")).isEqualTo(members);
		TenantCounts counts = result.counts();
		assertThat(counts)
			.extracting(TenantCounts::communes, TenantCounts::intercommunalities, TenantCounts::memberships,
					TenantCounts::hosts)
			.containsExactly(members + 5, 2, members, members + 7);
		// -1 where tenant-service records no identity provisioning with its tenants
		assertThat(counts.provisioningTasks()).isIn(-1, members + 7);

		OnboardingStats onboarding = result.onboarding();
		assertThat(onboarding.intercommunalityCalls()).isEqualTo(2);
		assertThat(onboarding.communeCalls()).isEqualTo(5);
		assertThat(onboarding.tenants()).isEqualTo(members + 7);
		assertThat(onboarding.elapsedNanos()).isPositive();
		assertThat(onboarding.slowest().number()).isBetween(1, 7);
		assertThat(onboarding.slowestAfterFirst()).isNotNull();
		assertThat(onboarding.slowestCommuneAfterFirst().step().kind()).isEqualTo(OnboardingStep.Kind.COMMUNE);

		assertThat(result.loadA()).extracting(LoadStats::tenants, LoadStats::rows).containsExactly(3, 36L);
		assertThat(result.loadB()).extracting(LoadStats::tenants, LoadStats::rows)
			.containsExactly(members + 4, (members + 4) * 12L);
		assertShape(result.queryA(), 3);
		assertShape(result.bySlugA(), 3);
		assertShape(result.queryB(), members + 7);
		assertShape(result.bySlugB(), members + 7);
		assertThat(result.medianRatio()).isPositive().isFinite();
		assertThat(result.p99Ratio()).isPositive().isFinite();

		String summary = SummaryReport.format(result, "a test database");
		assertThat(summary).contains("2 onboardIntercommunality + 5 createCommune")
			.contains("ratio B/A  median")
			.contains("phase A", "phase B", "tenants/s", "slowest single call");
	}

	private static void assertShape(LatencyStats stats, int tenants) {
		assertThat(stats.tenants()).isEqualTo(tenants);
		assertThat(stats.samples()).isEqualTo(50);
		assertThat(stats.medianNanos()).isPositive();
		assertThat(stats.p99Nanos()).isGreaterThanOrEqualTo(stats.medianNanos());
		assertThat(stats.maxNanos()).isGreaterThanOrEqualTo(stats.p99Nanos());
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
