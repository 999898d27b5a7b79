package fr.clocher.gateway.management;

import java.net.InetSocketAddress;

import fr.clocher.gateway.access.PathKind;
import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * On the public port, {@code /actuator/**} other than the health is not found, unless the
 * client is on this machine (its TCP peer is a loopback address: no header can say so).
 * With the management endpoints on a port of their own, this filter does nothing: the
 * public port then has no {@code /actuator} at all.
 */
@Component
class ManagementAccessFilter implements WebFilter, Ordered {

	private static final String HEALTH = "/actuator/health";

	private final boolean samePort;

	ManagementAccessFilter(Environment environment) {
		this.samePort = ManagementPortType.get(environment) == ManagementPortType.SAME;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (!this.samePort || !PathKind.isUnder(path, "/actuator") || PathKind.isUnder(path, HEALTH)
				|| fromThisMachine(exchange)) {
			return chain.filter(exchange);
		}
		return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean fromThisMachine(ServerWebExchange exchange) {
		InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
		return peer != null && peer.getAddress() != null && peer.getAddress().isLoopbackAddress();
	}

	@Override
	public int getOrder() {
		// after the request id (HIGHEST_PRECEDENCE + 1), before everything else
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
