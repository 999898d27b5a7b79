package fr.clocher.gateway.edgecache;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fr.clocher.gateway.testsupport.Backends;
import fr.clocher.gateway.testsupport.GatewayClient;
import fr.clocher.gateway.testsupport.RawHttpClient;
import fr.clocher.gateway.testsupport.RecordingBackend;
import fr.clocher.gateway.testsupport.RecordingBackend.Answer;
import fr.clocher.gateway.testsupport.RecordingBackend.Received;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of a tenant-service that answers like the real one (public pages
 * with an ETag, a 304 to a matching {@code If-None-Match}), with a clock the test moves:
 * what is served from memory, when tenant-service is asked again, and what is never kept.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "clocher.gateway.edge-cache.fresh=1s")
class EdgeCacheTests {

	private static final String[] CLOSE = { "Connection", "close" };

	private static final AtomicInteger version = new AtomicInteger(1);

	@RegisterExtension
	static final Backends backends = Backends.start(EdgeCacheTests::tenantService, (request) -> Answer.text(200, ""));

	private static final RecordingBackend tenantService = backends.tenantService();

	@LocalServerPort
	int port;

	@Autowired
	MovingClock clock;

	@Autowired
	MeterRegistry meters;

	Map<String, Double> countedBefore = Map.of();

	GatewayClient client;

	String page;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		backends.register(registry);
	}

	@BeforeEach
	void aPageNobodyAskedForYet() {
		this.client = new GatewayClient(this.port);
		this.page = "/c/commune-" + System.nanoTime() + "/";
		this.countedBefore = Map.of();
		this.countedBefore = outcomes();
	}

	/** Like tenant-service's public pages, and a few answers that must never be kept. */
	private static Answer tenantService(Received request) {
		String etag = "\"" + version.get() + "-r1-20794\"";
		if (request.path().endsWith("/private")) {
			return new Answer(200, Map.of("Cache-Control", "private, max-age=60", "ETag", etag), "for one reader");
		}
		if (request.path().endsWith("/no-store")) {
			return new Answer(200, Map.of("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate", "ETag",
					etag, "Content-Type", "text/html"), "never kept " + System.nanoTime());
		}
		if (etag.equals(request.header("If-None-Match"))) {
			return new Answer(304, Map.of("ETag", etag, "Cache-Control", "public, max-age=60, must-revalidate"), "");
		}
		return new Answer(200,
				Map.of("Content-Type", "text/html;charset=UTF-8", "ETag", etag, "Cache-Control",
						"public, max-age=60, must-revalidate", "X-Request-Id", "backend-" + System.nanoTime()),
				"version " + version.get() + " of " + request.hostWithoutPort() + request.path());
	}

	@Test
	void aPublicPageIsServedFromMemoryWhileFreshWithoutAskingTenantService() throws Exception {
		HttpResponse<String> first = this.client.get(this.page);
		HttpResponse<String> second = this.client.get(this.page);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body()).startsWith("version ");
		assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
		assertThat(second.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(tenantService.receivedCount()).isEqualTo(1);
		assertThat(outcomes()).containsEntry("stored", 1.0).containsEntry("hit", 1.0);
		// the answer's security headers are the gateway's, on every answer
		assertThat(second.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void onceNoLongerFreshItIsRevalidatedWithItsETagAndA304ServesTheKeptPage() throws Exception {
		HttpResponse<String> first = this.client.get(this.page);
		tenantService.forget();
		this.clock.advance(Duration.ofSeconds(2));

		HttpResponse<String> again = this.client.get(this.page);

		Received revalidation = tenantService.next();
		assertThat(revalidation.header("If-None-Match")).isEqualTo(first.headers().firstValue("ETag").orElseThrow());
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		// fresh again: the next reader is served from memory
		this.client.get(this.page);
		assertThat(tenantService.receivedNothing()).isTrue();
		assertThat(outcomes()).containsEntry("stored", 1.0).containsEntry("revalidated", 1.0).containsEntry("hit", 1.0);
	}

	@Test
	void aPublicationIsServedAsSoonAsTheKeptPageIsNoLongerFresh() throws Exception {
		HttpResponse<String> before = this.client.get(this.page);
		version.incrementAndGet();
		assertThat(this.client.get(this.page).body()).isEqualTo(before.body());

		this.clock.advance(Duration.ofMillis(1001));

		HttpResponse<String> after = this.client.get(this.page);
		assertThat(after.body()).isNotEqualTo(before.body()).startsWith("version " + version.get());
		assertThat(this.client.get(this.page).body()).isEqualTo(after.body());
	}

	@Test
	void aReaderWhoseCopyIsCurrentGetsA304FromMemory() throws Exception {
		String etag = this.client.get(this.page).headers().firstValue("ETag").orElseThrow();
		tenantService.forget();

		HttpResponse<String> notModified = this.client.get(this.page, "If-None-Match", etag);

		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(tenantService.receivedNothing()).isTrue();
	}

	@Test
	void aReaderWithACookieOrAnAuthorizationIsNeverServedFromMemory() throws Exception {
		this.client.get(this.page);
		tenantService.forget();

		this.client.get(this.page, "Cookie", "SESSION=abc");
		this.client.get(this.page, "Authorization", "Bearer token");

		assertThat(tenantService.receivedCount()).isEqualTo(2);
	}

	@Test
	void privateOrNoStoreAnswersQueriesAndPlatformPathsAreNeverKept() throws Exception {
		for (String path : new String[] { this.page + "private", this.page + "no-store", this.page + "?q=x",
				"/api/tenants/x/pages" }) {
			this.client.get(path);
			this.client.get(path);
		}

		assertThat(tenantService.receivedCount()).isEqualTo(8);
	}

	@Test
	void eachHostHasItsOwnAnswersAndARequestsOwnHeadersAreNotReplayed() throws Exception {
		RawHttpClient raw = new RawHttpClient(this.port);
		String path = "/actualites-" + System.nanoTime();
		RawHttpClient.Answer ofA = raw.send(RawHttpClient.head("GET", path, "aiglun.clocher.localhost", CLOSE));
		RawHttpClient.Answer ofB = raw.send(RawHttpClient.head("GET", path, "amirat.clocher.localhost", CLOSE));
		RawHttpClient.Answer ofAAgain = raw.send(RawHttpClient.head("GET", path, "aiglun.clocher.localhost", CLOSE));

		assertThat(ofA.body()).contains("aiglun.clocher.localhost");
		assertThat(ofB.body()).contains("amirat.clocher.localhost").doesNotContain("aiglun");
		assertThat(ofAAgain.body()).isEqualTo(ofA.body());
		assertThat(tenantService.receivedCount()).isEqualTo(2);
		assertThat(ofAAgain.header("X-Request-Id")).isNotEqualTo(ofA.header("X-Request-Id"));
	}

	@Test
	void aHeadRequestIsAnsweredFromMemoryWithoutABody() throws Exception {
		this.client.get(this.page);
		tenantService.forget();

		RawHttpClient.Answer head = new RawHttpClient(this.port)
			.send(RawHttpClient.head("HEAD", this.page, "127.0.0.1", CLOSE));

		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(tenantService.receivedNothing()).isTrue();
	}

	/** What the edge cache counted since this test began, by outcome. */
	private Map<String, Double> outcomes() {
		return this.meters.find(EdgeOutcomes.METER)
			.counters()
			.stream()
			.collect(java.util.stream.Collectors.toMap((counter) -> counter.getId().getTag("outcome"),
					(counter) -> counter.count()
							- this.countedBefore.getOrDefault(counter.getId().getTag("outcome"), 0.0)));
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		MovingClock clock() {
			return new MovingClock(Instant.parse("2026-12-07T10:00:00Z"));
		}

	}

	static final class MovingClock extends Clock {

		private volatile Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
