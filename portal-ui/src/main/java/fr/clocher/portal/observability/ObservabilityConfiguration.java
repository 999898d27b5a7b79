package fr.clocher.portal.observability;

import fr.clocher.kernel.requestid.RequestIdFilter;
import fr.clocher.kernel.ui.ModuleUi;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;

/**
 * The request id's filter (first of all) and its forwarding to tenant-service; the
 * management endpoints (health probes, Prometheus) answered without a session and without
 * signing in: they are reached on portal-ui's own address, never through the gateway,
 * which does not route {@code /admin/actuator/**}.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	RestClientHttpServiceGroupConfigurer requestIdForwarding() {
		RequestIdForwarding forwarding = new RequestIdForwarding();
		return (groups) -> groups.filterByName(ModuleUi.TENANT_SERVICE)
			.forEachClient((group, client) -> client.requestInterceptor(forwarding));
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 5)
	SecurityFilterChain managementSecurity(HttpSecurity http) {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

}
