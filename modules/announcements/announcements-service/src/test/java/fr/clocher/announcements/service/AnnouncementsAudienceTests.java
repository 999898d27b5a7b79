package fr.clocher.announcements.service;

import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static fr.clocher.announcements.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the secretary sees of her announcements' audience: reads counted by the
 * cookie-less beacon of their public pages (even when the page itself comes from a
 * cache), only for the commune's own public items on its own site, never for HEAD or
 * robots; the mail of each item; her subscribers by topic.
 */
@AnnouncementsTest
class AnnouncementsAudienceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	@Autowired
	Communes communes;

	Commune a;

	Commune b;

	String news;

	@BeforeEach
	void aCommuneWithAPublishedNewsItem() throws Exception {
		this.a = this.communes.commune();
		this.b = this.communes.commune();
		this.news = this.communes.published(this.a, "/news", "{\"title\":\"Fête du village\"}");
	}

	@Test
	void thePublicPageCarriesABeaconWithAnEmptyAltAndTwoViewsCountTwo() throws Exception {
		String beacon = "/annonces/lu/" + this.news + ".gif";
		this.communes.site(this.a, "/actualites/" + this.news)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<img class=\"ann-beacon\" src=\"" + beacon + "\" alt=\"\"")));
		// The page again, as a cache would answer it: the beacon is what counts.
		this.communes.site(this.a, "/actualites/" + this.news).andExpect(status().isOk());

		view(this.a, beacon).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/gif"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		view(this.a, beacon).andExpect(status().isOk());

		audience(this.a, this.news).andExpect(jsonPath("$.reads").value(2));
		assertThat(this.work.inTenant(this.a.id(),
				() -> this.jdbc.sql("select count(*) from announcement_read where announcement_id = ?::uuid")
					.param(this.news)
					.query(Integer.class)
					.single()))
			.as("one counter a day, nothing per reader")
			.isEqualTo(1);
	}

	@Test
	void onAPlatformHostTheSiteByPathCarriesAndCountsTheBeaconUnderItsPath() throws Exception {
		String base = "/c/" + this.a.slug();
		String beacon = base + "/annonces/lu/" + this.news + ".gif";
		this.mvc.perform(get(base + "/actualites/" + this.news))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"" + beacon + "\" alt=\"\"")));
		this.mvc.perform(get(beacon))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
		this.mvc.perform(get("/c/" + this.b.slug() + "/annonces/lu/" + this.news + ".gif")).andExpect(status().isOk());
		audience(this.a, this.news).andExpect(jsonPath("$.reads").value(1));
	}

	@Test
	void headRobotsDraftsAndAnotherCommunesHostDoNotCount() throws Exception {
		String beacon = "/annonces/lu/" + this.news + ".gif";
		this.mvc.perform(head("http://" + this.a.slug() + ".clocher.test" + beacon))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
		this.mvc
			.perform(get("http://" + this.a.slug() + ".clocher.test" + beacon).header(HttpHeaders.USER_AGENT,
					"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
			.andExpect(status().isOk());
		this.mvc.perform(get("http://" + this.a.slug() + ".clocher.test" + beacon).header(HttpHeaders.USER_AGENT,
				"AhrefsSpider"))
			.andExpect(status().isOk());
		view(this.b, beacon).andExpect(status().isOk());
		String draft = this.communes.create(this.a, "/news", "{\"title\":\"Pas encore\"}");
		view(this.a, "/annonces/lu/" + draft + ".gif").andExpect(status().isOk());
		view(this.a, "/annonces/lu/" + UUID.randomUUID() + ".gif").andExpect(status().isOk());

		audience(this.a, this.news).andExpect(jsonPath("$.reads").value(0));
		audience(this.a, draft).andExpect(jsonPath("$.reads").value(0));
		audience(this.b, this.news).andExpect(jsonPath("$.reads").value(0));

		view(this.a, beacon);
		audience(this.a, this.news).andExpect(jsonPath("$.reads").value(1));
		this.mvc.perform(get(api("/audience/{id}"), this.a.slug(), this.news).with(this.b.secretary()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDraftsPageHasNoBeaconAndTheAlertsPageHasOneForEachOfTheCommunesAlerts() throws Exception {
		String alert = this.communes.published(this.a, "/alerts",
				"{\"what\":\"Coupure d'eau\",\"until\":\"2099-01-01T12:00:00Z\"}");
		this.communes.site(this.a, "/alertes")
			.andExpect(content().string(containsString("src=\"/annonces/lu/" + alert + ".gif\" alt=\"\"")));
		view(this.a, "/annonces/lu/" + alert + ".gif");
		audience(this.a, alert).andExpect(jsonPath("$.reads").value(1));
		this.communes.site(this.a, "/").andExpect(content().string(not(containsString("ann-beacon"))));
	}

	@Test
	void theListGivesEachItemsReadsAndMailAndTheCountsGiveTheSubscribersByTopic() throws Exception {
		this.communes.subscriber(this.a, "actus@example.org", "NEWS", true);
		this.communes.subscriber(this.a, "tout@example.org", "BOTH", true);
		this.communes.subscriber(this.a, "alertes@example.org", "ALERTS", true);
		this.communes.subscriber(this.a, "pas-confirme@example.org", "BOTH", false);
		String second = this.communes.published(this.a, "/news", "{\"title\":\"Marché de Noël\"}");
		view(this.a, "/annonces/lu/" + second + ".gif");

		this.mvc.perform(get(api("/audience"), this.a.slug()).with(this.a.secretary()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + second + "')].reads").value(1))
			.andExpect(jsonPath("$[?(@.id == '" + second + "')].mail.pending").value(2))
			.andExpect(jsonPath("$[?(@.id == '" + second + "')].mail.sent").value(0))
			.andExpect(jsonPath("$[?(@.id == '" + this.news + "')].mail.pending").value(0));
		this.mvc.perform(get(api("/subscriptions"), this.a.slug()).with(this.a.secretary()))
			.andExpect(jsonPath("$.subscribers").value(3))
			.andExpect(jsonPath("$.newsSubscribers").value(2))
			.andExpect(jsonPath("$.alertSubscribers").value(2));
		this.mvc.perform(get(api("/audience"), this.b.slug()).with(this.b.secretary()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	private ResultActions view(Commune on, String beacon) throws Exception {
		return this.mvc.perform(get("http://" + on.slug() + ".clocher.test" + beacon).header(HttpHeaders.USER_AGENT,
				"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"));
	}

	private ResultActions audience(Commune commune, String id) throws Exception {
		return this.mvc.perform(get(api("/audience/{id}"), commune.slug(), id).with(commune.secretary()))
			.andExpect(status().isOk());
	}

}
