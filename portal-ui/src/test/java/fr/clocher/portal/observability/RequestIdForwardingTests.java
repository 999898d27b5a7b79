package fr.clocher.portal.observability;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import fr.clocher.kernel.requestid.RequestIdFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that reaches portal-ui with the gateway's id makes its calls to
 * tenant-service with that same id, and a forged id is not passed on: a real HTTP server
 * stands for tenant-service and records what it receives.
 */
class RequestIdForwardingTests {

	private final List<String> received = new ArrayList<>();

	private HttpServer tenantService;

	private RestClient client;

	@BeforeEach
	void tenantService() throws Exception {
		this.tenantService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.tenantService.createContext("/", (exchange) -> {
			synchronized (this.received) {
				this.received.add(String.valueOf(exchange.getRequestHeaders().getFirst(RequestIdFilter.HEADER)));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.tenantService.start();
		this.client = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.tenantService.getAddress().getPort())
			.requestInterceptor(new RequestIdForwarding())
			.build();
	}

	@AfterEach
	void stop() {
		this.tenantService.stop(0);
	}

	@Test
	void theGatewaysIdTravelsOnToTenantServiceAndLeavesTheLoggingContextAfterwards() throws Exception {
		serve("4f1c2a9be07d4c55a1f0c3e2d9b8a761");

		assertThat(this.received).containsExactly("4f1c2a9be07d4c55a1f0c3e2d9b8a761");
		assertThat(MDC.get(RequestIdFilter.KEY)).isNull();
	}

	@Test
	void aForgedIdIsNotPassedOn() throws Exception {
		serve("x\r\nInjected: yes");
		serve(null);

		assertThat(this.received).containsExactly("null", "null");
	}

	private void serve(String id) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/communes");
		if (id != null) {
			request.addHeader(RequestIdFilter.HEADER, id);
		}
		HttpServlet view = new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
				RequestIdForwardingTests.this.client.get()
					.uri("/api/tenants/aureville/modules")
					.retrieve()
					.toBodilessEntity();
			}
		};
		new RequestIdFilter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain(view));
	}

}
