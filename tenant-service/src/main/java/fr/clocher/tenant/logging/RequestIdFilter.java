package fr.clocher.tenant.logging;

import java.io.IOException;
import java.util.regex.Pattern;

import fr.clocher.kernel.problem.ProblemHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the gateway's request id ({@code X-Request-Id}) in the logging context while the
 * request is served, its error page included (the key {@link ProblemHandler#REQUEST_ID}).
 * An id that is not a short plain token is ignored: it is written into every log line,
 * and a client may have sent it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getHeader(HEADER);
		if (id == null || !PLAIN.matcher(id).matches()) {
			chain.doFilter(request, response);
			return;
		}
		try (MDC.MDCCloseable scope = MDC.putCloseable(ProblemHandler.REQUEST_ID, id)) {
			chain.doFilter(request, response);
		}
	}

}
