package fr.clocher.announcements.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import fr.clocher.announcements.service.schedule.PublicationSweep;
import fr.clocher.kernel.api.workspace.ChangeEntry;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.tenancy.TenantWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.announcements.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretary writes news, events and alerts: drafts, publication now or at a set time
 * (which happens once, by itself, even with two instances sweeping), unpublishing,
 * archiving; refused input names the field and saves nothing; every change is in the
 * change log, and a change residents see moves the site version in its transaction.
 */
@AnnouncementsTest
class AnnouncementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TenantWork work;

	@Autowired
	ChangeLog changes;

	@Autowired
	MutableClock clock;

	@Autowired
	PublicationSweep sweep;

	@Autowired
	Communes communes;

	Commune commune;

	@BeforeEach
	void aCommune() {
		this.commune = this.communes.commune();
	}

	@Test
	void aNewsItemIsADraftUntilPublishedThenArchivedAndEveryStepIsLogged() throws Exception {
		long before = this.communes.version(this.commune);
		String id = this.communes.create(this.commune, "/news",
				"{\"title\":\"Fête du village\",\"summary\":\"Le 14 juillet\",\"body\":\"<p>Bal <script>alert(1)</script>"
						+ "<a href=\\\"javascript:alert(1)\\\">ici</a></p>\",\"category\":\"Vie locale\"}");
		assertThat(this.communes.version(this.commune)).as("a draft is not seen").isEqualTo(before);
		this.mvc.perform(get(api("/news/{id}"), this.commune.slug(), id).with(this.commune.secretary()))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.body").value(not(containsString("script"))))
			.andExpect(jsonPath("$.body").value(not(containsString("javascript"))))
			.andExpect(jsonPath("$.publicPath").value("/actualites/" + id));

		this.communes.send(this.commune, "/news/{id}/publish", "", id)
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		assertThat(this.communes.version(this.commune)).isEqualTo(before + 1);
		this.mvc
			.perform(get(api("/news"), this.commune.slug()).param("category", "vie locale")
				.with(this.commune.secretary()))
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get(api("/news"), this.commune.slug()).param("status", "DRAFT").with(this.commune.secretary()))
			.andExpect(jsonPath("$", hasSize(0)));

		this.communes.send(this.commune, "/news/{id}/archive", "", id)
			.andExpect(jsonPath("$.status").value("ARCHIVED"));
		this.mvc.perform(get(api("/news"), this.commune.slug()).with(this.commune.secretary()))
			.andExpect(jsonPath("$", hasSize(0)));
		assertThat(recentChanges()).extracting((change) -> change.what().fr())
			.containsSubsequence("Actualité « Fête du village » : archivage",
					"Actualité « Fête du village » : publication", "Actualité « Fête du village » : création");
	}

	@Test
	void refusedInputNamesTheFieldAndSavesNothing() throws Exception {
		this.communes
			.send(this.commune, "/alerts",
					"{\"what\":\"Coupure d'eau\",\"until\":\"" + this.clock.instant().minus(Duration.ofHours(1))
							+ "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-request"))
			.andExpect(jsonPath("$.field").value("until"));
		this.communes
			.send(this.commune, "/events",
					"{\"title\":\"Loto\",\"start\":\"2027-03-01T20:00:00\",\"end\":\"2027-03-01T18:00:00\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("end"));
		this.communes.send(this.commune, "/news", "{\"title\":\"Photo\",\"body\":\"<p><img src=\\\"/x.png\\\"></p>\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("body"));
		this.communes
			.send(this.commune, "/events",
					"{\"title\":\"\",\"registrationUrl\":\"javascript:alert(1)\",\"start\":\"2027-03-01T20:00:00\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("title", "registrationUrl", "end")));
		for (String kind : List.of("/news", "/events", "/alerts")) {
			this.mvc.perform(get(api(kind), this.commune.slug()).with(this.commune.secretary()))
				.andExpect(jsonPath("$", hasSize(0)));
		}
	}

	@Test
	void anImageNeedsItsAlternativeTextAndASensibleSize() throws Exception {
		byte[] png = Pictures.png(40, 30);
		this.mvc
			.perform(post(api("/images"), this.commune.slug()).param("alt", " ")
				.with(this.commune.secretary())
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(png))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("alt"));
		this.mvc
			.perform(post(api("/images"), this.commune.slug()).param("alt", "Un gros fichier")
				.with(this.commune.secretary())
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(new byte[100_000]))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("content"))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("trop lourde")));
		this.mvc
			.perform(post(api("/images"), this.commune.slug()).param("alt", "La place du village")
				.with(this.commune.secretary())
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(png))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.width").value(40))
			.andExpect(jsonPath("$.contentType").value("image/png"));
	}

	@Test
	void aScheduledPublicationHappensByItselfOnceEvenWithTwoInstancesSweeping() throws Exception {
		String id = this.communes.create(this.commune, "/news", "{\"title\":\"Conseil municipal\"}");
		Instant at = this.clock.instant().plus(Duration.ofHours(2));
		this.communes.send(this.commune, "/news/{id}/publish", "{\"at\":\"" + at + "\"}", id)
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
		long scheduled = this.communes.version(this.commune);
		this.sweep.sweep();
		assertThat(this.communes.version(this.commune)).as("not due yet").isEqualTo(scheduled);

		this.clock.advance(Duration.ofHours(3));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> instances = List.of(sweepAfter(start), sweepAfter(start));
		start.countDown();
		instances.forEach(CompletableFuture::join);
		assertThat(this.communes.version(this.commune)).as("touched exactly once").isEqualTo(scheduled + 1);
		this.mvc.perform(get(api("/news/{id}"), this.commune.slug(), id).with(this.commune.secretary()))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		this.sweep.sweep();
		assertThat(this.communes.version(this.commune)).isEqualTo(scheduled + 1);
	}

	@Test
	void anAlertExpiresByItselfAndItsEndTouchesTheSiteOnce() throws Exception {
		String id = this.communes.published(this.commune, "/alerts",
				"{\"what\":\"Route barrée\",\"where\":\"D12\",\"until\":\""
						+ this.clock.instant().plus(Duration.ofMinutes(30)) + "\"}");
		long published = this.communes.version(this.commune);
		this.clock.advance(Duration.ofMinutes(31));
		this.mvc.perform(get(api("/alerts/{id}"), this.commune.slug(), id).with(this.commune.secretary()))
			.andExpect(jsonPath("$.status").value("EXPIRED"));
		this.sweep.sweep();
		this.sweep.sweep();
		assertThat(this.communes.version(this.commune)).isEqualTo(published + 1);
	}

	private CompletableFuture<Integer> sweepAfter(CountDownLatch start) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return this.sweep.sweep();
		});
	}

	private List<ChangeEntry> recentChanges() {
		return this.work.inTenant(this.commune.id(), () -> this.changes.recent(10));
	}

}
