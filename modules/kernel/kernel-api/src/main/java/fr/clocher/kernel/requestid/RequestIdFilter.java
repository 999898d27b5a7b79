package fr.clocher.kernel.requestid;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the gateway's request id in the logging context (key {@value #KEY}) while the
 * request is served, its error page included. An id that is not a short plain token is
 * ignored: it is written into every log line, and a client may have sent it. Register it
 * first of all ({@code Ordered.HIGHEST_PRECEDENCE}).
 */
public final class RequestIdFilter extends OncePerRequestFilter {

	/**
	 * The header that carries the id.
	 */
	public static final String HEADER = "X-Request-Id";

	/**
	 * The logging context's key.
	 */
	public static final String KEY = "requestId";

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
		try (MDC.MDCCloseable scope = MDC.putCloseable(KEY, id)) {
			chain.doFilter(request, response);
		}
	}

}
