package fr.clocher.announcements.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.announcements.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An intercommunality publishes once: its news, events and alerts reach every member
 * commune's site and feeds, marked as its own, and no other commune's; its drafts reach
 * none; a member's secretary hides one on her commune's site only. The members' cached
 * pages follow the group's publication.
 */
@AnnouncementsTest
class AnnouncementsIntercommunalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Communes communes;

	Commune memberA;

	Commune memberB;

	Commune outsider;

	Commune group;

	@BeforeEach
	void anIntercommunalityOfTwoCommunesAndACommuneOutside() {
		this.memberA = this.communes.commune();
		this.memberB = this.communes.commune();
		this.outsider = this.communes.commune();
		this.group = this.communes.group(this.memberA, this.memberB);
	}

	@Test
	void theGroupsAnnouncementsReachEveryMembersSiteAndFeedsAndNoOtherCommunes() throws Exception {
		for (Commune commune : new Commune[] { this.memberA, this.memberB, this.outsider }) {
			this.communes.site(commune, "/").andExpect(status().isOk());
		}
		String news = this.communes.published(this.group, "/news",
				"{\"title\":\"Collecte des encombrants\",\"summary\":\"Le 3 mars dans toutes les communes.\"}");
		this.communes.published(this.group, "/events", "{\"title\":\"Forum de l'emploi\","
				+ "\"start\":\"2099-04-02T09:00:00\",\"end\":\"2099-04-02T17:00:00\"}");
		this.communes.published(this.group, "/alerts",
				"{\"what\":\"Eau non potable\",\"until\":\"" + this.clock.instant().plus(Duration.ofDays(1)) + "\"}");
		this.communes.create(this.group, "/news", "{\"title\":\"Brouillon de la communauté\"}");

		for (Commune member : new Commune[] { this.memberA, this.memberB }) {
			this.communes.site(member, "/")
				.andExpect(content().string(allOf(containsString("Collecte des encombrants"),
						containsString("Forum de l&#39;emploi"), containsString("Eau non potable"),
						containsString("<span class=\"ann-origin\">" + this.group.slug() + "</span>"),
						not(containsString("Brouillon de la communauté")))));
			this.communes.site(member, "/actualites/" + news)
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Publié par " + this.group.slug())));
			assertThat(body(member, "/actualites/flux.xml")).contains("Collecte des encombrants")
				.contains("<category>Intercommunalité</category>")
				.contains(this.group.slug());
			assertThat(body(member, "/agenda.ics")).contains("SUMMARY:Forum de l'emploi");
			assertThat(body(member, "/alertes/flux.xml")).contains("Eau non potable");
		}
		this.communes.site(this.outsider, "/")
			.andExpect(content().string(
					allOf(not(containsString("Collecte des encombrants")), not(containsString("Eau non potable")))));
		this.communes.site(this.outsider, "/actualites/" + news).andExpect(status().isNotFound());
		assertThat(body(this.outsider, "/actualites/flux.xml")).doesNotContain("Collecte des encombrants");
		assertThat(body(this.outsider, "/agenda.ics")).doesNotContain("Forum");
	}

	@Test
	void aMembersSecretaryHidesAGroupsAnnouncementOnHerSiteOnly() throws Exception {
		String news = this.communes.published(this.group, "/news", "{\"title\":\"Fermeture de la déchetterie\"}");
		this.mvc.perform(get(api("/intercommunal"), this.memberA.slug()).with(this.memberA.secretary()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].origin.name").value(this.group.slug()))
			.andExpect(jsonPath("$[0].hidden").value(false));

		this.communes.send(this.memberA, "/intercommunal/{id}/hide", "", news)
			.andExpect(jsonPath("$.hidden").value(true));
		this.communes.site(this.memberA, "/actualites")
			.andExpect(content().string(not(containsString("Fermeture de la déchetterie"))));
		this.communes.site(this.memberA, "/actualites/" + news).andExpect(status().isNotFound());
		assertThat(body(this.memberA, "/actualites/flux.xml")).doesNotContain("Fermeture de la déchetterie");
		this.communes.site(this.memberB, "/actualites")
			.andExpect(content().string(containsString("Fermeture de la déchetterie")));

		this.communes.send(this.memberA, "/intercommunal/{id}/show", "", news)
			.andExpect(jsonPath("$.hidden").value(false));
		this.communes.site(this.memberA, "/actualites")
			.andExpect(content().string(containsString("Fermeture de la déchetterie")));
		this.communes.send(this.outsider, "/intercommunal/{id}/hide", "", news).andExpect(status().isNotFound());
	}

	@Test
	void whenTheGroupUnpublishesTheMembersPagesFollow() throws Exception {
		String news = this.communes.published(this.group, "/news", "{\"title\":\"Réunion publique\"}");
		this.communes.site(this.memberA, "/actualites").andExpect(content().string(containsString("Réunion publique")));
		this.communes.send(this.group, "/news/{id}/unpublish", "", news).andExpect(status().isOk());
		this.communes.site(this.memberA, "/actualites")
			.andExpect(content().string(not(containsString("Réunion publique"))));
	}

	@Test
	void aGroupThatSwitchesTheModuleOffDisappearsFromItsMembersSitesUntilSwitchedOnAgain() throws Exception {
		this.communes.published(this.group, "/news", "{\"title\":\"Travaux sur la départementale\"}");
		this.communes.site(this.memberA, "/actualites")
			.andExpect(content().string(containsString("Travaux sur la départementale")));
		this.communes.switchOff(this.group);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(body(this.memberA, "/actualites"))
				.doesNotContain("Travaux sur la départementale"));
		assertThat(body(this.memberA, "/actualites/flux.xml")).doesNotContain("Travaux sur la départementale");
		this.communes.switchOn(this.group);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(body(this.memberA, "/actualites")).contains("Travaux sur la départementale"));
	}

	private String body(Commune commune, String path) throws Exception {
		return this.communes.site(commune, path).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
