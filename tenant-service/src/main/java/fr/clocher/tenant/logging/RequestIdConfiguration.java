package fr.clocher.tenant.logging;

import fr.clocher.kernel.problem.ProblemHandler;
import fr.clocher.kernel.requestid.RequestIdFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Keeps the gateway's request id ({@code X-Request-Id}) in the logging context while the
 * request is served, its error page included (the key {@link ProblemHandler#REQUEST_ID}),
 * before any other filter.
 */
@Configuration(proxyBeanMethods = false)
class RequestIdConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
