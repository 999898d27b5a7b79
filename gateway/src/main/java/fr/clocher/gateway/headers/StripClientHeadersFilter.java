package fr.clocher.gateway.headers;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Removes the configured identity and tenant headers from every routed request. It runs
 * first, so that filters which set those headers from authenticated facts run after it.
 */
@Component
class StripClientHeadersFilter implements GlobalFilter, Ordered {

	private final List<String> strippedHeaders;

	StripClientHeadersFilter(StripClientHeadersProperties properties) {
		this.strippedHeaders = properties.strip();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		if (this.strippedHeaders.stream().noneMatch(headers::containsHeader)) {
			return chain.filter(exchange);
		}
		ServerWebExchange stripped = exchange.mutate()
			.request((request) -> request.headers((h) -> this.strippedHeaders.forEach(h::remove)))
			.build();
		return chain.filter(stripped);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
