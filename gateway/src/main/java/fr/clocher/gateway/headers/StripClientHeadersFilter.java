package fr.clocher.gateway.headers;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Removes the configured identity and tenant headers from every routed request, on every
 * route. It runs first, so that filters which set those headers from authenticated facts
 * run after it.
 */
@Component
class StripClientHeadersFilter implements GlobalFilter, Ordered {

	private final HeaderNameMatcher stripped;

	StripClientHeadersFilter(StripClientHeadersProperties properties) {
		this.stripped = new HeaderNameMatcher(properties.strip());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		List<String> forged = null;
		for (String name : exchange.getRequest().getHeaders().headerNames()) {
			if (this.stripped.matches(name)) {
				forged = (forged != null) ? forged : new ArrayList<>(2);
				forged.add(name);
			}
		}
		if (forged == null) {
			return chain.filter(exchange);
		}
		List<String> toRemove = forged;
		ServerWebExchange cleaned = exchange.mutate()
			.request((request) -> request.headers((headers) -> toRemove.forEach(headers::remove)))
			.build();
		return chain.filter(cleaned);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
