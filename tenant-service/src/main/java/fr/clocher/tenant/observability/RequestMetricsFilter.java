package fr.clocher.tenant.observability;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Runs inside the tenant filter: puts the tenant's slug in the logging context (key
 * {@value #TENANT}) while the request is served, then records its time under its module
 * and outcome, and under its tenant (bounded, {@link TenantTags}). The management
 * endpoints are not counted. At debug level it writes one line per request (logger
 * {@code fr.clocher.tenant.observability.access}).
 */
class RequestMetricsFilter extends OncePerRequestFilter {

	/**
	 * The logging context's key for the tenant's slug.
	 */
	static final String TENANT = "tenant";

	static final String REQUESTS = "clocher.requests";

	static final String TENANT_REQUESTS = "clocher.tenant.requests";

	private static final Log access = LogFactory.getLog("fr.clocher.tenant.observability.access");

	private static final Duration[] SLOS = { Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
			Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5) };

	private final MeterRegistry registry;

	private final RequestModules modules;

	private final TenantTags tenants;

	RequestMetricsFilter(MeterRegistry registry, RequestModules modules, TenantTags tenants) {
		this.registry = registry;
		this.modules = modules;
		this.tenants = tenants;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return path(request).startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String slug = RequestModules.slug(request);
		long start = System.nanoTime();
		int status = 500;
		try (MDC.MDCCloseable scope = (slug != null) ? MDC.putCloseable(TENANT, slug) : null) {
			chain.doFilter(request, response);
			status = response.getStatus();
		}
		finally {
			long nanos = System.nanoTime() - start;
			record(request, status, nanos, slug);
		}
	}

	private void record(HttpServletRequest request, int status, long nanos, String slug) {
		String module = this.modules.of(path(request),
				(String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		String outcome = (status / 100) + "xx";
		Timer.builder(REQUESTS)
			.description("Requests served, by module and outcome")
			.tags("module", module, "outcome", outcome)
			.serviceLevelObjectives(SLOS)
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
		Timer.builder(TENANT_REQUESTS)
			.description("Requests served, by tenant (a bounded set, the rest as 'other') and outcome")
			.tags("tenant", this.tenants.of(slug), "outcome", outcome)
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
		if (access.isDebugEnabled()) {
			try (MDC.MDCCloseable scope = (slug != null) ? MDC.putCloseable(TENANT, slug) : null) {
				access.debug("Served " + request.getMethod() + " " + path(request) + " (" + module + "): " + status
						+ " in " + TimeUnit.NANOSECONDS.toMillis(nanos) + " ms");
			}
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
