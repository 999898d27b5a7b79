package fr.clocher.bench.announcements;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Measurement 1: alerts published one after another through the gateway, each followed by
 * back-to-back loads of the commune's home page through the gateway until its text shows;
 * the reference is a plain load of the same page, measured in the same run before and
 * after.
 */
final class PublishToVisible {

	/** Beyond this an alert counts as never shown. */
	private static final Duration GIVE_UP = Duration.ofSeconds(30);

	private final HttpClient http;

	private final SecretaryApi api;

	private final URI home;

	private final PrintStream progress;

	PublishToVisible(HttpClient http, SecretaryApi api, String gateway, String slug, PrintStream progress) {
		this.http = http;
		this.api = api;
		this.home = URI.create(gateway + "/c/" + slug + "/");
		this.progress = progress;
	}

	Result run(int alerts, int warmupAlerts, int pageLoads) throws IOException, InterruptedException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.progress.println("[alerts] warm-up: " + pageLoads + " page loads, " + warmupAlerts + " alerts");
		for (int i = 0; i < pageLoads; i++) {
			load();
		}
		for (int i = 0; i < warmupAlerts; i++) {
			publishAndWait("Echauffement " + run + " numero " + i, null, new Latencies(), new Latencies());
		}
		Latencies pages = new Latencies();
		measurePages(pageLoads / 2, pages);
		Latencies visible = new Latencies();
		Latencies publishCalls = new Latencies();
		Latencies firstLoads = new Latencies();
		int polls = 0;
		int neverShown = 0;
		this.progress.println("[alerts] " + alerts + " alerts, one after another");
		for (int i = 0; i < alerts; i++) {
			int p = publishAndWait("Coupure eau " + run + " numero " + i, visible, publishCalls, firstLoads);
			if (p < 0) {
				neverShown++;
			}
			else {
				polls += p;
			}
		}
		measurePages(pageLoads - pageLoads / 2, pages);
		return new Result(visible, publishCalls, firstLoads, pages, polls, neverShown);
	}

	/**
	 * Creates a draft (its text plain ASCII, the same once escaped in HTML), then times
	 * from the publish request until a home page load through the gateway contains its
	 * text; then takes it off again.
	 * @return how many page loads it took, or -1 when it never showed
	 */
	private int publishAndWait(String what, Latencies visible, Latencies publishCalls, Latencies loadsAfter)
			throws IOException, InterruptedException {
		UUID id = this.api.createAlert(what, "Rue des Ecoles", Instant.now().plus(Duration.ofDays(1)));
		long start = System.nanoTime();
		this.api.publish(id);
		long published = System.nanoTime();
		int loads = 0;
		boolean shown = false;
		while (System.nanoTime() - start < GIVE_UP.toNanos()) {
			loads++;
			if (load().contains(what)) {
				shown = true;
				break;
			}
		}
		long end = System.nanoTime();
		if (visible != null && shown) {
			visible.add(end - start);
			publishCalls.add(published - start);
			loadsAfter.add(end - published);
		}
		this.api.unpublish(id);
		return shown ? loads : -1;
	}

	private void measurePages(int count, Latencies pages) throws IOException, InterruptedException {
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			load();
			pages.add(System.nanoTime() - start);
		}
	}

	private String load() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.home).timeout(Duration.ofSeconds(30)).GET().build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + this.home + " answered " + response.statusCode());
		}
		return response.body();
	}

	/**
	 * @param visible publish request sent until the page shows the alert
	 * @param publishCalls the publish request alone
	 * @param loadsAfter from the publish request's answer until a page shows the alert
	 * (the page, re-rendered since the commune's site version moved)
	 * @param pages a plain home page load
	 * @param polls page loads made while waiting, in all
	 * @param neverShown alerts not shown within 30 s
	 */
	record Result(Latencies visible, Latencies publishCalls, Latencies loadsAfter, Latencies pages, int polls,
			int neverShown) {

	}

}
