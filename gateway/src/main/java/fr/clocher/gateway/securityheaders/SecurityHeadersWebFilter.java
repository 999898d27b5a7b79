package fr.clocher.gateway.securityheaders;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Adds the security headers just before a response is committed, whoever wrote it: a
 * backend through a route, the rate limiter or the error handler. Headers already present
 * (set by the backend, such as Keycloak's own policy) are left as they are. The work per
 * request is a prefix lookup and a few header writes; nothing blocks.
 */
@Component
class SecurityHeadersWebFilter implements WebFilter, Ordered {

	static final String CSP = "Content-Security-Policy";

	static final String FRAME_OPTIONS = "X-Frame-Options";

	static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

	static final String REFERRER_POLICY = "Referrer-Policy";

	static final String HSTS = "Strict-Transport-Security";

	private final SecurityHeadersProperties properties;

	private final PathPolicies paths;

	SecurityHeadersWebFilter(SecurityHeadersProperties properties) {
		this.properties = properties;
		this.paths = new PathPolicies(properties);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			addHeaders(exchange.getRequest(), exchange.getResponse().getHeaders());
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private void addHeaders(ServerHttpRequest request, HttpHeaders headers) {
		PathPolicies.Chosen chosen = this.paths.forPath(request.getPath().value());
		addIfAbsent(headers, CSP, chosen.contentSecurityPolicy());
		addIfAbsent(headers, FRAME_OPTIONS, chosen.frameOptions());
		addIfAbsent(headers, CONTENT_TYPE_OPTIONS, this.properties.contentTypeOptions());
		addIfAbsent(headers, REFERRER_POLICY, this.properties.referrerPolicy());
		if (cameOverTls(request)) {
			addIfAbsent(headers, HSTS, this.properties.strictTransportSecurity());
		}
	}

	/**
	 * Whether the client reached us over TLS. {@code X-Forwarded-Proto} is believed from
	 * anyone here: a browser ignores {@code Strict-Transport-Security} received over
	 * plain HTTP, so a forged value cannot pin a site to HTTPS.
	 */
	private static boolean cameOverTls(ServerHttpRequest request) {
		if ("https".equalsIgnoreCase(request.getURI().getScheme())) {
			return true;
		}
		String forwardedProto = request.getHeaders().getFirst("X-Forwarded-Proto");
		return forwardedProto != null && forwardedProto.trim().regionMatches(true, 0, "https", 0, 5);
	}

	private static void addIfAbsent(HttpHeaders headers, String name, String value) {
		if (value != null && !value.isBlank() && !headers.containsHeader(name)) {
			headers.set(name, value);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
