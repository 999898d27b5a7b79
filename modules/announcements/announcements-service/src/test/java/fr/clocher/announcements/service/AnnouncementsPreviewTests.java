package fr.clocher.announcements.service;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.announcements.service.Communes.api;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretary previews a draft as residents will see it, in the commune's frame: only
 * her tenant's secretary reaches it, and the draft stays off the public site.
 */
@AnnouncementsTest
class AnnouncementsPreviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Communes communes;

	Commune a;

	Commune b;

	@BeforeEach
	void twoCommunes() {
		this.a = this.communes.commune();
		this.b = this.communes.commune();
	}

	@Test
	void aDraftNewsItemPreviewsInTheCommunesFrameForItsSecretaryAndStaysOffTheSite() throws Exception {
		String draft = this.communes.create(this.a, "/news",
				"{\"title\":\"Fête du village\",\"summary\":\"Samedi sur la place\",\"body\":\"<p>Venez nombreux.</p>\"}");

		this.mvc.perform(get(api("/preview/{id}"), this.a.slug(), draft).with(this.a.secretary()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.html",
					allOf(containsString("<h1>Fête du village</h1>"), containsString("<p>Venez nombreux.</p>"),
							containsString("Samedi sur la place"), containsString("noindex"),
							containsString("Publié le <time datetime=\"20"), not(containsString("/annonces/lu/")))));

		this.communes.site(this.a, "/actualites/" + draft).andExpect(status().isNotFound());
		this.communes.site(this.a, "/actualites").andExpect(content().string(not(containsString("Fête du village"))));
		this.mvc.perform(get(api("/news/{id}"), this.a.slug(), draft).with(this.a.secretary()))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void draftEventsAndAlertsPreviewToo() throws Exception {
		String event = this.communes.create(this.a, "/events",
				"{\"title\":\"Concert\",\"start\":\"2099-06-21T20:00:00\",\"end\":\"2099-06-21T23:00:00\",\"place\":\"Église\"}");
		String alert = this.communes.create(this.a, "/alerts",
				"{\"what\":\"Coupure d'eau\",\"where\":\"Rue des Écoles\",\"until\":\"2099-01-01T12:00:00Z\"}");
		this.mvc.perform(get(api("/preview/{id}"), this.a.slug(), event).with(this.a.secretary()))
			.andExpect(jsonPath("$.html", allOf(containsString("<h1>Concert</h1>"), containsString("Église"))));
		this.mvc.perform(get(api("/preview/{id}"), this.a.slug(), alert).with(this.a.secretary()))
			.andExpect(
					jsonPath("$.html", allOf(containsString("Coupure d&#39;eau"), containsString("Rue des Écoles"))));
		this.communes.site(this.a, "/alertes").andExpect(content().string(not(containsString("Coupure d"))));
	}

	@Test
	void anotherTenantsSecretaryGetsNeitherThePreviewNorItsExistence() throws Exception {
		String draft = this.communes.create(this.a, "/news", "{\"title\":\"Secret de A\"}");
		this.mvc.perform(get(api("/preview/{id}"), this.a.slug(), draft).with(this.b.secretary()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(api("/preview/{id}"), this.b.slug(), draft).with(this.b.secretary()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("announcement-not-found"));
		this.mvc.perform(get(api("/preview/{id}"), this.a.slug(), draft)).andExpect(status().isUnauthorized());
	}

}
