package fr.clocher.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public sites stay consistent across instances of the platform (issue 17): two
 * tenant-services and two gateways on one database ({@link TwoInstances}). What
 * tenant-service 1 commits (a publication, a suspension) is what gateway 2 answers within
 * two seconds, although gateway 2 and tenant-service 2 both keep pages in memory; a
 * request that carries a session cookie or a token is never answered from a gateway's
 * memory; a commune's kept page never answers on another commune's host.
 */
@TestInstance(Lifecycle.PER_CLASS)
class EdgeAcrossInstancesIT {

	/** The bound for a change to reach every gateway. */
	private static final Duration WITHIN = Duration.ofSeconds(2);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private TwoInstances instances;

	@BeforeAll
	void start() throws Exception {
		this.instances = TwoInstances.start();
		this.instances.commune("bourg-publie", "Bourg-Publie");
		this.instances.commune("val-suspendu", "Val-Suspendu");
		this.instances.commune("mont-prive", "Mont-Prive");
		this.instances.commune("amont", "Amont-le-Haut");
		this.instances.commune("aval", "Aval-le-Bas");
	}

	@AfterAll
	void stop() {
		if (this.instances != null) {
			this.instances.close();
		}
	}

	@Test
	void aPublicationThroughInstanceOneIsServedByTheOtherGatewayWithinTwoSeconds() throws Exception {
		String page = "/c/bourg-publie/";
		String welcome = "Publie par instance 1 " + UUID.randomUUID();
		assertThat(read(1, page).body()).contains("<h1>Bourg-Publie</h1>").doesNotContain(welcome);
		// kept by gateway 2 and by tenant-service 2 now
		assertThat(read(1, page).body()).doesNotContain(welcome);

		assertThat(publishWelcome("bourg-publie", welcome).statusCode()).isEqualTo(200);

		await("the publication through gateway 2").atMost(WITHIN)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> read(1, page).body().contains(welcome));
	}

	@Test
	void aSuspensionThroughInstanceOneIsServedByTheOtherGatewayWithinTwoSeconds() throws Exception {
		String page = "/c/val-suspendu/";
		assertThat(read(1, page).statusCode()).isEqualTo(200);
		assertThat(read(1, page).statusCode()).isEqualTo(200);

		HttpResponse<String> suspended = send(HttpRequest
			.newBuilder(URI.create(this.instances.tenantService(0) + "/api/platform/tenants/val-suspendu/suspend"))
			.header("Authorization", "Bearer " + this.instances.issuer().operator())
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(suspended.statusCode()).isEqualTo(200);

		await("the suspension through gateway 2").atMost(WITHIN)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> read(1, page).statusCode() == 503);
		assertThat(read(1, page).body()).contains("temporairement indisponible");
	}

	@Test
	void aRequestWithASessionCookieOrATokenIsNeverAnsweredFromMemory() throws Exception {
		String page = "/c/mont-prive/";
		String welcome = "Nouveau texte " + UUID.randomUUID();
		read(0, page);
		assertThat(read(0, page).body()).contains("<h1>Mont-Prive</h1>").doesNotContain(welcome);

		assertThat(publishWelcome("mont-prive", welcome).statusCode()).isEqualTo(200);
		await("tenant-service 1 shows the new text").atMost(Duration.ofSeconds(10))
			.until(() -> send(HttpRequest.newBuilder(URI.create(this.instances.tenantService(0) + page))).body()
				.contains(welcome));

		// Gateway 1 keeps public answers for ten minutes: what it answers from memory is
		// old.
		assertThat(read(0, page, "Cookie", "JSESSIONID=" + UUID.randomUUID()).body()).contains(welcome);
		assertThat(read(0, page, "Authorization", "Bearer " + this.instances.issuer().secretaryOf("mont-prive")).body())
			.contains(welcome);
		assertThat(read(0, page).body()).as("an anonymous reader is served the kept page")
			.contains("<h1>Mont-Prive</h1>")
			.doesNotContain(welcome);
	}

	@Test
	void aCommunesKeptPageNeverAnswersOnAnotherCommunesHost() throws Exception {
		for (int gateway = 0; gateway < 2; gateway++) {
			read(gateway, "/", "Host", "amont.clocher.localhost");
			assertThat(read(gateway, "/", "Host", "amont.clocher.localhost").body()).contains("<h1>Amont-le-Haut</h1>");

			String other = read(gateway, "/", "Host", "aval.clocher.localhost").body();

			assertThat(other).contains("<h1>Aval-le-Bas</h1>").doesNotContain("Amont-le-Haut");
		}
	}

	/** A resident's request through gateway {@code gateway} (0 or 1). */
	private HttpResponse<String> read(int gateway, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.instances.gateway(gateway) + path))
			.header("Accept", "text/html");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** The secretary's publication of a new welcome text, through tenant-service 1. */
	private HttpResponse<String> publishWelcome(String slug, String welcome) throws Exception {
		return send(HttpRequest
			.newBuilder(URI.create(this.instances.tenantService(0) + "/api/tenants/" + slug + "/website/home"))
			.header("Authorization", "Bearer " + this.instances.issuer().secretaryOf(slug))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"welcome\":\"<p>" + welcome + "</p>\",\"quickLinks\":[]}")));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
