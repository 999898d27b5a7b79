package fr.clocher.gateway.bodylimit;

import fr.clocher.gateway.access.PathKind;
import fr.clocher.gateway.errors.Refusals;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Applies the body limit of the request's kind of path: refuses a declared length past it
 * at once, and counts a body of unknown length as it streams.
 */
@Component
class BodyLimitWebFilter implements WebFilter, Ordered {

	private final BodyLimitProperties limits;

	private final Refusals refusals;

	BodyLimitWebFilter(BodyLimitProperties limits, Refusals refusals) {
		this.limits = limits;
		this.refusals = refusals;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		long limit = this.limits.bytesFor(PathKind.of(request.getPath().value()));
		long declared = request.getHeaders().getContentLength();
		if (declared > limit) {
			return this.refusals.refuse(exchange, HttpStatus.CONTENT_TOO_LARGE,
					"declared body of " + declared + " bytes, over the limit of " + limit);
		}
		if (declared >= 0) {
			// the server reads no more than the declared length as this request's body
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new LimitedBodyRequest(request, limit)).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

}
