package fr.clocher.kernel.site.web;

import fr.clocher.kernel.tenancy.TenantRef;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Sends to the {@link SiteDispatcher} every GET under {@code /c/...}, of {@code /}, and
 * every GET on a commune's host, before any other mapping; the API, the actuator and the
 * error page keep their own handlers. Which commune, and whether {@code /c/<slug>} is the
 * way it was reached or only a path of its site, the tenant filter has decided.
 */
@Component
class SiteHandlerMapping extends AbstractHandlerMapping {

	private final SiteDispatcher dispatcher;

	SiteHandlerMapping(SiteDispatcher dispatcher) {
		this.dispatcher = dispatcher;
		setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
	}

	@Override
	protected Object getHandlerInternal(HttpServletRequest request) {
		String method = request.getMethod();
		if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (SiteAddress.underPath(path) || path.equals("/")) {
			return this.dispatcher;
		}
		if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
				|| path.startsWith("/error")) {
			return null;
		}
		return TenantRef.of(request).isPresent() ? this.dispatcher : null;
	}

}
