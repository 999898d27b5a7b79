package fr.clocher.tenant.observability;

import java.time.Clock;
import java.util.stream.Collectors;

import fr.clocher.kernel.module.ClocherModule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The request metrics filter, just inside the tenant filter (which runs at
 * {@code LOWEST_PRECEDENCE - 100}), the hard cap on the {@code tenant} tag, and the
 * backlog gauges.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObservabilityProperties.class)
class ObservabilityConfiguration {

	@Bean
	TenantTags tenantTags(ObservabilityProperties properties) {
		return new TenantTags(properties.tenantTagLimit());
	}

	/**
	 * Whatever tags by tenant, the tag never has more than the limit's values plus
	 * {@value TenantTags#OTHER} and {@value TenantTags#NONE}: past that, new series are
	 * refused.
	 */
	@Bean
	MeterFilter tenantTagCap(TenantTags tenants) {
		return MeterFilter.maximumAllowableTags("clocher.", "tenant", tenants.limit() + 2, MeterFilter.deny());
	}

	@Bean
	FilterRegistrationBean<RequestMetricsFilter> requestMetricsFilter(MeterRegistry registry,
			ObjectProvider<ClocherModule> modules, TenantTags tenants) {
		RequestModules keys = new RequestModules(
				modules.orderedStream().map(ClocherModule::key).collect(Collectors.toSet()));
		FilterRegistrationBean<RequestMetricsFilter> registration = new FilterRegistrationBean<>(
				new RequestMetricsFilter(registry, keys, tenants));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 50);
		return registration;
	}

	@Bean
	Backlogs backlogs(JdbcClient jdbc, MeterRegistry registry) {
		Backlogs backlogs = new Backlogs(jdbc, Clock.systemUTC());
		backlogs.register(registry);
		return backlogs;
	}

}
