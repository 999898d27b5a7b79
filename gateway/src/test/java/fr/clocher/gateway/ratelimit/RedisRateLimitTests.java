package fr.clocher.gateway.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fr.clocher.gateway.testsupport.GatewayClient;
import fr.clocher.gateway.testsupport.RecordingBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis limiter in the running gateway, against the Redis on 127.0.0.1:6379
 * ({@code REDIS_HOST}, {@code REDIS_PORT}) when one answers, else a Testcontainers Redis
 * when Docker runs; with neither, the test is reported as skipped, with the reason (the
 * in-process limiter is tested regardless).
 */
@EnabledIf(value = "redisAvailable",
		disabledReason = "no Redis on REDIS_HOST:REDIS_PORT (default 127.0.0.1:6379) "
				+ "and no Docker for Testcontainers; the in-process limiter is tested by InProcessRateLimitTests")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "clocher.gateway.rate-limit.redis=true",
		"clocher.gateway.rate-limit.replenish-rate=0.2", "clocher.gateway.rate-limit.burst-capacity=3" })
class RedisRateLimitTests {

	private static final String KEY_PREFIX = "clocher:test:" + UUID.randomUUID() + ":";

	private static final RecordingBackend tenantService = RecordingBackend.start("tenant-service");

	private static GenericContainer<?> container;

	private static String redisHost;

	private static int redisPort;

	@LocalServerPort
	private int port;

	@Autowired
	private RateLimitWebFilter filter;

	@Autowired
	private ReactiveStringRedisTemplate redis;

	/**
	 * Finds a Redis once: the local one, else a Testcontainers one; the answer decides
	 * whether the test runs or is reported as skipped, before any context starts.
	 * @return whether a Redis is there
	 */
	static synchronized boolean redisAvailable() {
		if (redisHost != null) {
			return true;
		}
		String localHost = env("REDIS_HOST", "127.0.0.1");
		int localPort = Integer.parseInt(env("REDIS_PORT", "6379"));
		if (answersPing(localHost, localPort)) {
			redisHost = localHost;
			redisPort = localPort;
			return true;
		}
		if (dockerAvailable()) {
			container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
			container.start();
			redisHost = container.getHost();
			redisPort = container.getMappedPort(6379);
			return true;
		}
		System.err.println("RedisRateLimitTests skipped: no Redis answers on " + localHost + ":" + localPort
				+ " and Docker is not available for Testcontainers");
		return false;
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("clocher.gateway.tenant-service-url", tenantService::url);
		registry.add("clocher.gateway.rate-limit.redis-key-prefix", () -> KEY_PREFIX);
		registry.add("spring.data.redis.host", () -> redisHost);
		registry.add("spring.data.redis.port", () -> redisPort);
	}

	@AfterAll
	static void stop() {
		tenantService.stop();
		if (container != null) {
			container.stop();
		}
	}

	@Test
	void answers429WithRetryAfterPastTheBurstCountingInRedis() throws Exception {
		assertThat(this.filter.limiter()).isInstanceOf(RedisRateLimiter.class);
		GatewayClient client = new GatewayClient(this.port);
		for (int i = 0; i < 3; i++) {
			assertThat(client.get("/").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = client.get("/");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 5));
		assertThat(refused.body()).contains("<h1>Trop de requêtes</h1>");
		String key = KEY_PREFIX + "public:127.0.0.1";
		assertThat(this.redis.hasKey(key).block()).as("the bucket %s in Redis", key).isTrue();
		assertThat(this.redis.getExpire(key).block()).isPositive();
		// no trusted proxy is configured: a forged X-Forwarded-For is not another client
		assertThat(client.get("/", "X-Forwarded-For", "203.0.113.9").statusCode()).isEqualTo(429);
		this.redis.delete(key).block();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private static boolean answersPing(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 500);
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] reply = in.readNBytes(5);
			return "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
