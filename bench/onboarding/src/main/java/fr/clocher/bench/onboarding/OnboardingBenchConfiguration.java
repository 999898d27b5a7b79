package fr.clocher.bench.onboarding;

import fr.clocher.bench.onboarding.notices.BenchNoticeRepository;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.tenant.reference.ReferenceData;
import fr.clocher.tenant.registry.TenantRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's beans, added to tenant-service's own context as a second source.
 */
@Configuration(proxyBeanMethods = false)
public class OnboardingBenchConfiguration {

	@Bean
	NoticeLoader noticeLoader(TenantWork work, JdbcClient jdbc) {
		return new NoticeLoader(work, jdbc);
	}

	/** Connects as the owner role, the one the migrations use. */
	@Bean
	TableMaintenance tableMaintenance(Environment environment) {
		return new TableMaintenance(environment.getRequiredProperty("spring.flyway.url"),
				environment.getRequiredProperty("spring.flyway.user"),
				environment.getRequiredProperty("spring.flyway.password"));
	}

	@Bean
	LatencyProbe latencyProbe(TenantWork work, BenchNoticeRepository notices, TenantDirectory directory) {
		return new LatencyProbe(work, notices, directory);
	}

	@Bean
	TenantCensus tenantCensus(JdbcClient jdbc) {
		return new TenantCensus(jdbc);
	}

	@Bean
	OnboardingBenchmark onboardingBenchmark(ReferenceData reference, TenantRegistry registry, NoticeLoader loader,
			TableMaintenance maintenance, LatencyProbe probe, TenantCensus census) {
		return new OnboardingBenchmark(reference, registry, loader, maintenance, probe, census, System.err);
	}

}
