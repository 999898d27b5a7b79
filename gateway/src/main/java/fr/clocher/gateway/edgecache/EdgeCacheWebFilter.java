package fr.clocher.gateway.edgecache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import fr.clocher.gateway.access.PathKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Serves the communes' public answers from memory: an anonymous {@code GET} or
 * {@code HEAD} of a public path, without a query, is answered from the {@link EdgeCache}
 * while its answer is fresh ({@code clocher.gateway.edge-cache.fresh}); after that the
 * gateway asks tenant-service with the kept ETag, and a 304 makes the kept answer fresh
 * again. A request with a cookie or {@code Authorization}, any other method, and every
 * {@code /api}, {@code /admin}, {@code /auth} path go through untouched; only answers
 * that say they are public are kept ({@link EdgeAnswer#keepable}). The reader's own
 * {@code If-None-Match} is answered here with a 304 when it names the kept answer.
 */
@Component
class EdgeCacheWebFilter implements WebFilter, Ordered {

	private final EdgeCache cache;

	private final EdgeCacheProperties properties;

	private final Clock clock;

	private final EdgeOutcomes outcomes;

	EdgeCacheWebFilter(EdgeCache cache, EdgeCacheProperties properties, ObjectProvider<Clock> clock,
			ObjectProvider<MeterRegistry> meters) {
		this.cache = cache;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.outcomes = new EdgeOutcomes(meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!this.properties.enabled() || !servedFromMemory(request)) {
			return chain.filter(exchange);
		}
		EdgeCache.Key key = new EdgeCache.Key(host(request), request.getPath().value());
		EdgeAnswer kept = this.cache.find(key).orElse(null);
		Instant now = this.clock.instant();
		if (kept != null && kept.freshAt(now, this.properties.fresh())) {
			this.outcomes.hit();
			return serve(exchange, kept);
		}
		if (request.getMethod() == HttpMethod.HEAD) {
			this.outcomes.passed();
			return chain.filter(exchange);
		}
		ServerHttpRequest asked = request.mutate().headers((headers) -> {
			headers.remove(HttpHeaders.IF_MODIFIED_SINCE);
			headers.remove(HttpHeaders.IF_NONE_MATCH);
			if (kept != null) {
				headers.setIfNoneMatch(kept.etag());
			}
		}).build();
		ServerWebExchange forwarded = exchange.mutate()
			.request(asked)
			.response(new Keeping(exchange, key, kept, request.getHeaders().getIfNoneMatch()))
			.build();
		return chain.filter(forwarded);
	}

	private static boolean servedFromMemory(ServerHttpRequest request) {
		HttpMethod method = request.getMethod();
		HttpHeaders headers = request.getHeaders();
		return (method == HttpMethod.GET || method == HttpMethod.HEAD)
				&& PathKind.of(request.getPath().value()) == PathKind.PUBLIC_SITE
				&& request.getURI().getRawQuery() == null && !headers.containsHeader(HttpHeaders.COOKIE)
				&& !headers.containsHeader(HttpHeaders.AUTHORIZATION) && host(request) != null;
	}

	private static String host(ServerHttpRequest request) {
		List<String> hosts = request.getHeaders().get(HttpHeaders.HOST);
		if (hosts == null || hosts.size() != 1) {
			return null;
		}
		String host = hosts.get(0).toLowerCase(Locale.ROOT);
		int colon = host.lastIndexOf(':');
		return (colon > 0 && !host.endsWith("]")) ? host.substring(0, colon) : host;
	}

	private Mono<Void> serve(ServerWebExchange exchange, EdgeAnswer answer) {
		return write(exchange.getResponse(), answer, exchange.getRequest().getHeaders().getIfNoneMatch(),
				exchange.getRequest().getMethod() == HttpMethod.HEAD, null);
	}

	/**
	 * Writes a kept answer to a reader: a 304 when her {@code If-None-Match} names it,
	 * else the answer (its body unless she asked {@code HEAD}).
	 */
	private Mono<Void> write(ServerHttpResponse response, EdgeAnswer answer, List<String> ifNoneMatch, boolean head,
			ServerHttpResponse delegate) {
		ServerHttpResponse target = (delegate != null) ? delegate : response;
		target.getHeaders().clearContentHeaders();
		for (String name : EdgeAnswer.CONTENT_HEADERS) {
			target.getHeaders().remove(name);
		}
		answer.headers().forEach((name, values) -> target.getHeaders().put(name, values));
		target.getHeaders()
			.set(HttpHeaders.AGE,
					Long.toString(Math.max(0, Duration.between(answer.checkedAt(), this.clock.instant()).toSeconds())));
		if (answer.matches(ifNoneMatch)) {
			target.setStatusCode(HttpStatus.NOT_MODIFIED);
			target.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
			return target.setComplete();
		}
		target.setStatusCode(HttpStatus.OK);
		target.getHeaders().setContentLength(answer.body().length);
		if (head) {
			return target.setComplete();
		}
		return target.writeWith(Mono.fromSupplier(() -> target.bufferFactory().wrap(answer.body())));
	}

	@Override
	public int getOrder() {
		// after the access rules and the rate limiter: a refused request is never served
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

	/**
	 * tenant-service's answer on its way to the reader: a 304 to the gateway's own
	 * revalidation serves the kept answer (fresh again); a keepable 200 is kept and
	 * served; anything else passes through untouched.
	 */
	private final class Keeping extends ServerHttpResponseDecorator {

		private final EdgeCache.Key key;

		private final EdgeAnswer kept;

		private final List<String> readersIfNoneMatch;

		Keeping(ServerWebExchange exchange, EdgeCache.Key key, EdgeAnswer kept, List<String> readersIfNoneMatch) {
			super(exchange.getResponse());
			this.key = key;
			this.kept = kept;
			this.readersIfNoneMatch = readersIfNoneMatch;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			if (this.kept != null && getStatusCode() != null && getStatusCode().value() == 304) {
				return Flux.from(body).doOnNext(DataBufferUtils::release).then(Mono.defer(this::serveKept));
			}
			if (getStatusCode() == null || !EdgeAnswer.keepable(getStatusCode(), getHeaders())) {
				if (this.kept != null) {
					EdgeCacheWebFilter.this.cache.forget(this.key);
				}
				EdgeCacheWebFilter.this.outcomes.passed();
				return super.writeWith(body);
			}
			return DataBufferUtils.join(body).flatMap((joined) -> {
				byte[] bytes = new byte[joined.readableByteCount()];
				joined.read(bytes);
				DataBufferUtils.release(joined);
				EdgeAnswer answer = EdgeAnswer.of(getHeaders(), bytes, EdgeCacheWebFilter.this.clock.instant());
				EdgeCacheWebFilter.this.cache.keep(this.key, answer);
				EdgeCacheWebFilter.this.outcomes.stored();
				return write(this, answer, this.readersIfNoneMatch, false, getDelegate());
			});
		}

		@Override
		public Mono<Void> setComplete() {
			if (this.kept != null && getStatusCode() != null && getStatusCode().value() == 304) {
				return serveKept();
			}
			EdgeCacheWebFilter.this.outcomes.passed();
			return super.setComplete();
		}

		private Mono<Void> serveKept() {
			EdgeAnswer again = this.kept.checkedAgainAt(EdgeCacheWebFilter.this.clock.instant());
			EdgeCacheWebFilter.this.cache.keep(this.key, again);
			EdgeCacheWebFilter.this.outcomes.revalidated();
			return write(this, again, this.readersIfNoneMatch, false, getDelegate());
		}

	}

}
