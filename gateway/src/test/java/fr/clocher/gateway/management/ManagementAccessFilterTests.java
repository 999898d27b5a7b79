package fr.clocher.gateway.management;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Prometheus on the gateway's public port answers a client on this machine only; the
 * health answers everyone; with a management port of its own the filter stands aside.
 */
class ManagementAccessFilterTests {

	private static final InetSocketAddress RESIDENT = new InetSocketAddress("203.0.113.9", 50123);

	private static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 50123);

	@Test
	void onThePublicPortMetricsAreNotFoundForAResident() {
		ManagementAccessFilter filter = new ManagementAccessFilter(new MockEnvironment());

		assertThatThrownBy(() -> passes(filter, "/actuator/prometheus", RESIDENT)).isInstanceOfSatisfying(
				ResponseStatusException.class, (ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
		assertThat(passes(filter, "/actuator/health/readiness", RESIDENT)).isTrue();
		assertThat(passes(filter, "/actuator/prometheus", LOCAL)).isTrue();
		assertThat(passes(filter, "/", RESIDENT)).isTrue();
	}

	@Test
	void withAManagementPortOfItsOwnTheFilterStandsAside() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.port", "8080")
			.withProperty("management.server.port", "9090");
		ManagementAccessFilter filter = new ManagementAccessFilter(environment);

		assertThat(passes(filter, "/actuator/prometheus", RESIDENT)).isTrue();
	}

	private static boolean passes(ManagementAccessFilter filter, String path, InetSocketAddress client) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get(path).remoteAddress(client));
		AtomicBoolean passed = new AtomicBoolean();
		filter.filter(exchange, (e) -> {
			passed.set(true);
			return Mono.empty();
		}).block();
		return passed.get();
	}

}
