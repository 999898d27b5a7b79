package fr.clocher.portal.observability;

import java.io.IOException;

import fr.clocher.kernel.requestid.RequestIdFilter;
import org.slf4j.MDC;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Adds the id of the request being served (kept in the logging context by
 * {@link RequestIdFilter}) to a call to tenant-service, unless the call sets its own.
 */
final class RequestIdForwarding implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String id = MDC.get(RequestIdFilter.KEY);
		if (id != null && !request.getHeaders().containsHeader(RequestIdFilter.HEADER)) {
			request.getHeaders().set(RequestIdFilter.HEADER, id);
		}
		return execution.execute(request, body);
	}

}
