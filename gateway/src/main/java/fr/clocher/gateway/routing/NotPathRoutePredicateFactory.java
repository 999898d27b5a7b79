package fr.clocher.gateway.routing;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.cloud.gateway.handler.predicate.AbstractRoutePredicateFactory;
import org.springframework.cloud.gateway.handler.predicate.PathRoutePredicateFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The route predicate {@code NotPath=/pattern/**,...}: true when the request path matches
 * none of the patterns (same syntax as {@code Path}). It keeps the management endpoints
 * of the backends ({@code /actuator/**}, {@code /admin/actuator/**}) out of the routes
 * that would otherwise forward them.
 */
@Component
class NotPathRoutePredicateFactory extends AbstractRoutePredicateFactory<PathRoutePredicateFactory.Config> {

	private final PathRoutePredicateFactory path;

	NotPathRoutePredicateFactory(PathRoutePredicateFactory path) {
		super(PathRoutePredicateFactory.Config.class);
		this.path = path;
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("patterns");
	}

	@Override
	public ShortcutType shortcutType() {
		return ShortcutType.GATHER_LIST;
	}

	@Override
	public Predicate<ServerWebExchange> apply(PathRoutePredicateFactory.Config config) {
		return this.path.apply(config).negate();
	}

}
