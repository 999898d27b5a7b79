package fr.clocher.kernel.tenancy;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.problem.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The one filter that decides which tenant a request is for, from facts the platform
 * controls: the tenant API path {@code /api/tenants/{slug}/...}; for every other request
 * the host: a commune's registered host names that commune whatever the path (there,
 * {@code /c/...} is only a path of its site), and only on one of the
 * {@link PlatformHosts} does the public path {@code /c/{slug}/...} name one (then
 * {@link #SITE_BASE_PATH} says so). On the API an unknown or suspended tenant is refused
 * here; public pages decide themselves how to say so (the {@link TenantRef} is a request
 * attribute). It clears the tenant when the request ends, whatever happens.
 */
public class TenantFilter extends OncePerRequestFilter {

	/**
	 * The request attribute holding {@code /c/<slug>} as the path wrote it, when a public
	 * request on a platform host named its tenant by path; absent on a commune's host.
	 */
	public static final String SITE_BASE_PATH = TenantFilter.class.getName() + ".siteBasePath";

	private static final Pattern API_PATH = Pattern.compile("^/api/tenants/([^/]+)(?:/.*)?$");

	private static final Pattern SITE_PATH = Pattern.compile("^(/c/([^/]+))(?:/.*)?$");

	private final TenantDirectory directory;

	private final PlatformHosts platformHosts;

	private final HandlerExceptionResolver problems;

	public TenantFilter(TenantDirectory directory, PlatformHosts platformHosts, HandlerExceptionResolver problems) {
		this.directory = directory;
		this.platformHosts = platformHosts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<TenantRef> tenant;
		try {
			tenant = resolve(request);
		}
		catch (ApiProblem problem) {
			this.problems.resolveException(request, response, null, problem);
			return;
		}
		catch (RuntimeException ex) {
			// Public pages say it in their own frame, from the error page.
			if (!DatabaseUnavailable.causes(ex) || !request.getRequestURI().contains("/api/")) {
				throw ex;
			}
			this.problems.resolveException(request, response, null, ex);
			return;
		}
		if (tenant.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(TenantRef.class.getName(), tenant.get());
		try (TenantContext.Scope scope = TenantContext.enter(tenant.get().id())) {
			chain.doFilter(request, response);
		}
	}

	private Optional<TenantRef> resolve(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			Matcher api = API_PATH.matcher(path);
			return api.matches() ? Optional.of(apiTenant(api.group(1))) : Optional.empty();
		}
		String host = request.getServerName();
		if (host == null || host.isEmpty()) {
			return Optional.empty();
		}
		if (!this.platformHosts.contains(host)) {
			return this.directory.byHost(host);
		}
		Matcher site = SITE_PATH.matcher(path);
		if (!site.matches()) {
			return Optional.empty();
		}
		Optional<TenantRef> tenant = this.directory.bySlug(site.group(2));
		tenant.ifPresent((found) -> request.setAttribute(SITE_BASE_PATH, site.group(1)));
		return tenant;
	}

	private TenantRef apiTenant(String slug) {
		TenantRef known = this.directory.bySlug(slug)
			.orElseThrow(() -> ApiProblem.notFound("unknown-tenant", "tenant",
					LocalizedText
						.of("Aucune collectivité ne porte l'identifiant « %s ».", "No local authority is named '%s'.")
						.formatted(slug)));
		if (!known.active()) {
			throw ApiProblem.of(HttpStatus.FORBIDDEN, "tenant-suspended", "tenant",
					LocalizedText.of("La collectivité « %s » est suspendue.", "The local authority '%s' is suspended.")
						.formatted(known.name()));
		}
		return known;
	}

}
