package fr.clocher.portal.observability;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request id the gateway gives each request ({@code X-Request-Id}): kept in the
 * logging context (key {@value #KEY}) while portal-ui serves the request, and sent on
 * with every call to tenant-service made meanwhile. An id that is not a short plain token
 * is ignored: it is written into log lines.
 */
final class RequestIds {

	static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private RequestIds() {
	}

	/**
	 * Puts the incoming id in the logging context for the request's duration.
	 */
	static final class Filter extends OncePerRequestFilter {

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

	/**
	 * Adds the id of the request being served to a call, unless the call sets its own.
	 */
	static final class Forwarding implements ClientHttpRequestInterceptor {

		@Override
		public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
				throws IOException {
			String id = MDC.get(KEY);
			if (id != null && !request.getHeaders().containsHeader(HEADER)) {
				request.getHeaders().set(HEADER, id);
			}
			return execution.execute(request, body);
		}

	}

}
