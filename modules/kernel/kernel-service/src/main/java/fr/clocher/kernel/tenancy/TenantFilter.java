package fr.clocher.kernel.tenancy;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The one filter that decides which tenant a request is for, from facts the platform
 * controls: the tenant API path {@code /api/tenants/{slug}/...}, the public path
 * {@code /c/{slug}/...}, or the registered host. On the API an unknown or suspended
 * tenant is refused here; public pages decide themselves how to say so (the
 * {@link TenantRef} is a request attribute). It clears the tenant when the request ends,
 * whatever happens.
 */
public class TenantFilter extends OncePerRequestFilter {

	private static final Pattern TENANT_PATH = Pattern.compile("^/(?:api/tenants|c)/([^/]+)(?:/.*)?$");

	private final TenantDirectory directory;

	private final HandlerExceptionResolver problems;

	public TenantFilter(TenantDirectory directory, HandlerExceptionResolver problems) {
		this.directory = directory;
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
		Matcher matcher = TENANT_PATH.matcher(path);
		if (matcher.matches()) {
			String slug = matcher.group(1);
			Optional<TenantRef> tenant = this.directory.bySlug(slug);
			if (path.startsWith("/api/")) {
				TenantRef known = tenant.orElseThrow(() -> ApiProblem.notFound("unknown-tenant", "tenant",
						LocalizedText
							.of("Aucune collectivité ne porte l'identifiant « %s ».",
									"No local authority is named '%s'.")
							.formatted(slug)));
				if (!known.active()) {
					throw ApiProblem.of(HttpStatus.FORBIDDEN, "tenant-suspended", "tenant",
							LocalizedText
								.of("La collectivité « %s » est suspendue.", "The local authority '%s' is suspended.")
								.formatted(known.name()));
				}
			}
			return tenant;
		}
		if (path.startsWith("/api/") || request.getServerName() == null) {
			return Optional.empty();
		}
		return this.directory.byHost(request.getServerName());
	}

}
