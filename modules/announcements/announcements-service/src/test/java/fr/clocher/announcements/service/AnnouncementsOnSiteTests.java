package fr.clocher.announcements.service;

import java.time.Duration;
import java.time.Instant;

import fr.clocher.announcements.service.schedule.PublicationSweep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What residents see on the commune's site (its own host, the kernel's dispatcher, frame
 * and page cache): published news and events in lists, pages and on the home page, drafts
 * nowhere; the alert band on every page while the alert is valid, gone by itself after
 * its end; a scheduled publication appearing by itself at its time.
 */
@AnnouncementsTest
class AnnouncementsOnSiteTests {

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
	void publishedNewsIsListedShownAndOnTheHomePageADraftIsNowhere() throws Exception {
		String id = this.communes.published(this.commune, "/news", "{\"title\":\"Travaux de la mairie\","
				+ "\"summary\":\"La mairie ferme une semaine.\",\"body\":\"<p>Réouverture le 2 mai.<script>x()</script></p>\"}");
		String draft = this.communes.create(this.commune, "/news", "{\"title\":\"Brouillon secret\"}");
		this.communes.site(this.commune, "/actualites")
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Actualités</h1>"),
					containsString("href=\"/actualites/" + id + "\""), not(containsString("Brouillon secret")))));
		this.communes.site(this.commune, "/actualites/" + id)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Travaux de la mairie</h1>"),
					containsString("Réouverture le 2 mai."), not(containsString("<script>x()")))));
		this.communes.site(this.commune, "/actualites/" + draft).andExpect(status().isNotFound());
		this.communes.site(this.commune, "/")
			.andExpect(content()
				.string(allOf(containsString("Dernières actualités"), containsString("Travaux de la mairie"))));
		this.communes.site(this.commune, "/sitemap.xml")
			.andExpect(content().string(containsString("/actualites/" + id + "</loc>")));
	}

	@Test
	void theNewsListIsPaged() throws Exception {
		for (int i = 1; i <= 12; i++) {
			this.communes.published(this.commune, "/news", "{\"title\":\"Nouvelle numéro " + i + "\"}");
			this.clock.advance(Duration.ofMinutes(1));
		}
		this.communes.site(this.commune, "/actualites")
			.andExpect(content().string(allOf(containsString("Nouvelle numéro 12"),
					containsString("Nouvelle numéro 3<"), not(containsString("Nouvelle numéro 2<")),
					containsString("Page 1 sur 2"), containsString("href=\"/actualites?page=2\""))));
		this.communes.site(this.commune, "/actualites?page=2")
			.andExpect(content().string(allOf(containsString("Nouvelle numéro 2<"),
					containsString("Nouvelle numéro 1<"), not(containsString("Nouvelle numéro 3<")),
					containsString("href=\"/actualites\" rel=\"prev\""))));
	}

	@Test
	void anEventIsInTheAgendaWithItsTimeAndPlace() throws Exception {
		String id = this.communes.published(this.commune, "/events",
				"{\"title\":\"Loto de l'école\",\"place\":\"Salle des fêtes\",\"registrationUrl\":\"https://example.org/loto\","
						+ "\"start\":\"2099-03-14T20:00:00\",\"end\":\"2099-03-14T23:30:00\"}");
		this.communes.site(this.commune, "/agenda")
			.andExpect(content().string(allOf(containsString("Loto de l&#39;école"),
					containsString("Samedi 14 mars 2099, de 20 h 00 à 23 h 30"), containsString("Salle des fêtes"))));
		this.communes.site(this.commune, "/agenda/" + id)
			.andExpect(content().string(allOf(containsString("href=\"https://example.org/loto\""),
					containsString("href=\"/agenda/" + id + ".ics\""))));
		this.communes.site(this.commune, "/").andExpect(content().string(containsString("Prochains événements")));
	}

	@Test
	void theAlertBandIsOnEveryPageWhileValidAndGoesByItself() throws Exception {
		Instant until = this.clock.instant().plus(Duration.ofHours(2));
		this.communes.published(this.commune, "/alerts",
				"{\"what\":\"Coupure d'eau\",\"where\":\"Rue des Écoles\",\"until\":\"" + until + "\"}");
		for (String path : new String[] { "/", "/mentions-legales", "/agenda" }) {
			this.communes.site(this.commune, path)
				.andExpect(content().string(allOf(containsString("class=\"ann-alert-band\""),
						containsString("Coupure d&#39;eau"), containsString("Rue des Écoles"))));
		}
		this.clock.advance(Duration.ofHours(3));
		this.sweep.sweep();
		for (String path : new String[] { "/", "/mentions-legales", "/alertes" }) {
			this.communes.site(this.commune, path)
				.andExpect(content().string(not(containsString("ann-alert-band"))))
				.andExpect(content().string(not(containsString("Coupure d&#39;eau"))));
		}
	}

	@Test
	void aCommuneThatSwitchesTheModuleOffShowsNothingOfIt() throws Exception {
		String id = this.communes.published(this.commune, "/news", "{\"title\":\"Marché du jeudi\"}");
		this.communes.published(this.commune, "/alerts",
				"{\"what\":\"Verglas\",\"until\":\"" + this.clock.instant().plus(Duration.ofHours(2)) + "\"}");
		this.communes.site(this.commune, "/").andExpect(content().string(containsString("Verglas")));
		this.communes.switchOff(this.commune);
		for (String path : new String[] { "/actualites", "/actualites/" + id, "/actualites/flux.xml", "/agenda.ics",
				"/abonnement" }) {
			this.communes.site(this.commune, path).andExpect(status().isNotFound());
		}
		this.communes.site(this.commune, "/")
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Verglas")), not(containsString("Marché du jeudi")),
					not(containsString("application/rss+xml")))));
		this.communes.send(this.commune, "/news", "{\"title\":\"x\"}").andExpect(status().isNotFound());
	}

	@Test
	void aScheduledPublicationAppearsByItselfAtItsTime() throws Exception {
		String id = this.communes.create(this.commune, "/news", "{\"title\":\"Vœux du maire\"}");
		this.communes
			.send(this.commune, "/news/{id}/publish",
					"{\"at\":\"" + this.clock.instant().plus(Duration.ofHours(1)) + "\"}", id)
			.andExpect(status().isOk());
		this.communes.site(this.commune, "/actualites")
			.andExpect(content().string(not(containsString("Vœux du maire"))));
		this.communes.site(this.commune, "/actualites/" + id).andExpect(status().isNotFound());
		this.clock.advance(Duration.ofMinutes(61));
		this.sweep.sweep();
		this.communes.site(this.commune, "/actualites").andExpect(content().string(containsString("Vœux du maire")));
		this.communes.site(this.commune, "/actualites/" + id).andExpect(status().isOk());
	}

}
