package fr.clocher.announcements.service;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feeds, read back by the libraries feed readers and calendars use: RSS 2.0 of the
 * news and the alerts (Rome), iCalendar of the agenda and of one event (ical4j) in Paris
 * time with its VTIMEZONE and lines folded within 75 octets even with accents; every page
 * names them for autodiscovery.
 */
@AnnouncementsTest
class AnnouncementsFeedsTests {

	@Autowired
	MutableClock clock;

	@Autowired
	Communes communes;

	Commune commune;

	@BeforeEach
	void aCommune() {
		this.commune = this.communes.commune();
	}

	@Test
	void theNewsAndAlertsFeedsAreRss2ReadBackByRome() throws Exception {
		String id = this.communes.published(this.commune, "/news",
				"{\"title\":\"Élagage des platanes\",\"summary\":\"Circulation alternée lundi.\"}");
		this.communes.published(this.commune, "/alerts",
				"{\"what\":\"Avis de tempête\",\"until\":\"" + this.clock.instant().plus(Duration.ofHours(5)) + "\"}");

		SyndFeed news = rss(this.communes.site(this.commune, "/actualites/flux.xml")
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/rss+xml"))
			.andReturn());
		assertThat(news.getFeedType()).isEqualTo("rss_2.0");
		assertThat(news.getLanguage()).isEqualTo("fr");
		SyndEntry entry = news.getEntries().get(0);
		assertThat(entry.getTitle()).isEqualTo("Élagage des platanes");
		assertThat(entry.getLink())
			.isEqualTo("http://" + this.commune.slug() + ".clocher.localhost:8080/actualites/" + id);
		assertThat(entry.getDescription().getValue()).isEqualTo("Circulation alternée lundi.");

		SyndFeed alerts = rss(this.communes.site(this.commune, "/alertes/flux.xml").andReturn());
		assertThat(alerts.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Avis de tempête");
	}

	@Test
	void theAgendaIsICalendarInParisTimeFoldedByOctetsAndEachEventHasItsOwn() throws Exception {
		String title = "Répétition générale de la chorale « Les Éléphants » à l'église Saint-Étienne-du-Mont";
		String id = this.communes.published(this.commune, "/events",
				"{\"title\":\"" + title + "\",\"place\":\"Église Saint-Étienne, près de l'école élémentaire\","
						+ "\"start\":\"2099-06-21T18:30:00\",\"end\":\"2099-06-21T21:00:00\"}");
		this.communes.published(this.commune, "/events", "{\"title\":\"Vide-greniers\",\"allDay\":true,"
				+ "\"start\":\"2099-07-14T00:00:00\",\"end\":\"2099-07-15T00:00:00\"}");

		String agenda = this.communes.site(this.commune, "/agenda.ics")
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(agenda).contains("DTSTART;TZID=Europe/Paris:20990621T183000")
			.contains("DTEND;TZID=Europe/Paris:20990621T210000")
			.contains("BEGIN:VTIMEZONE")
			.contains("TZID:Europe/Paris")
			.contains("DTSTART;VALUE=DATE:20990714")
			.contains("DTEND;VALUE=DATE:20990716");
		assertThat(Arrays.stream(agenda.split("\r\n")).mapToInt((line) -> line.getBytes(StandardCharsets.UTF_8).length))
			.as("lines of at most 75 octets")
			.allMatch((octets) -> octets <= 75);

		Calendar calendar = new CalendarBuilder().build(new StringReader(agenda));
		assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2);
		VEvent event = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter((e) -> e.getProperty(Property.SUMMARY).orElseThrow().getValue().equals(title))
			.findFirst()
			.orElseThrow();
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("Église Saint-Étienne, près de l'école élémentaire");

		String one = this.communes.site(this.commune, "/agenda/" + id + ".ics")
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(new CalendarBuilder().build(new StringReader(one)).<VEvent>getComponents("VEVENT")).hasSize(1);
	}

	@Test
	void everyPageNamesTheFeedsForAutodiscovery() throws Exception {
		for (String path : new String[] { "/", "/mentions-legales", "/actualites" }) {
			this.communes.site(this.commune, path)
				.andExpect(content().string(allOf(
						containsString("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Actualités – "
								+ this.commune.slug() + "\" href=\"/actualites/flux.xml\">"),
						containsString("href=\"/alertes/flux.xml\">"),
						containsString("<link rel=\"alternate\" type=\"text/calendar\""))));
		}
	}

	private static SyndFeed rss(MvcResult result) throws Exception {
		return new SyndFeedInput()
			.build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
	}

}
