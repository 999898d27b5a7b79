package fr.clocher.gateway.access;

import java.util.List;

import fr.clocher.gateway.errors.Refusals;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses, before any routing, what no host may reach: an ambiguous path (400), a
 * platform path on a commune's host, a Keycloak path that is not published, a platform
 * prefix in another case (404).
 */
@Component
class AccessWebFilter implements WebFilter, Ordered {

	private final PlatformHosts platformHosts;

	private final KeycloakPaths keycloak;

	private final Refusals refusals;

	AccessWebFilter(AccessProperties properties, Refusals refusals) {
		this.platformHosts = new PlatformHosts(properties.platformHosts());
		this.keycloak = new KeycloakPaths(properties.keycloakRealm());
		this.refusals = refusals;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().value();
		String ambiguity = RawPaths.ambiguity(path);
		if (ambiguity != null) {
			return this.refusals.refuse(exchange, HttpStatus.BAD_REQUEST, "ambiguous path: " + ambiguity);
		}
		PathKind kind = PathKind.of(path);
		if (kind.isPlatformOnly() && !isForThePlatform(request)) {
			return this.refusals.refuse(exchange, HttpStatus.NOT_FOUND, kind + " path on a host of a commune");
		}
		if (kind == PathKind.AUTH && !this.keycloak.isPublished(path)) {
			return this.refusals.refuse(exchange, HttpStatus.NOT_FOUND, "Keycloak path not published");
		}
		if (kind == PathKind.PUBLIC_SITE && PathKind.isLookAlike(path)) {
			return this.refusals.refuse(exchange, HttpStatus.NOT_FOUND, "platform prefix in another case");
		}
		return chain.filter(exchange);
	}

	private boolean isForThePlatform(ServerHttpRequest request) {
		List<String> hosts = request.getHeaders().get(HttpHeaders.HOST);
		return hosts != null && hosts.size() == 1 && this.platformHosts.contains(hosts.get(0));
	}

	@Override
	public int getOrder() {
		// after the rate limiter, so that refused requests count too
		return Ordered.HIGHEST_PRECEDENCE + 15;
	}

}
