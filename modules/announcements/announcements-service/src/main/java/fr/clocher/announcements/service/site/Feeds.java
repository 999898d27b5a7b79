package fr.clocher.announcements.service.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.Publishers.Publishing;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SiteFile;
import fr.clocher.kernel.site.SiteRequest;

/**
 * The feeds of a commune's site: RSS 2.0 for the news ({@code /actualites/flux.xml}) and
 * the alerts ({@code /alertes/flux.xml}), iCalendar for the agenda ({@code /agenda.ics})
 * and each event ({@code /agenda/<id>.ics}); each with the commune's groups' items,
 * marked as theirs.
 */
class Feeds {

	static final String NEWS_FEED = "/actualites/flux.xml";

	static final String ALERTS_FEED = "/alertes/flux.xml";

	static final String AGENDA_FEED = "/agenda.ics";

	private static final Pattern EVENT = Pattern.compile("/agenda/([0-9a-f-]{36})\\.ics");

	private static final int ITEMS = 50;

	private final PublicAnnouncements announcements;

	private final RssFeeds rss;

	private final Calendars calendars;

	Feeds(PublicAnnouncements announcements, RssFeeds rss, Calendars calendars) {
		this.announcements = announcements;
		this.rss = rss;
		this.calendars = calendars;
	}

	Optional<SiteContent> find(SiteRequest request, Publishing publishing) {
		switch (request.path()) {
			case NEWS_FEED:
				return Optional.of(rss(this.rss.news(request, publishing, rows(publishing, Kind.NEWS))));
			case ALERTS_FEED:
				return Optional.of(rss(this.rss.alerts(request, publishing, rows(publishing, Kind.ALERT))));
			case AGENDA_FEED:
				return Optional
					.of(ics(this.calendars.agenda(request, rows(publishing, Kind.EVENT), publishing), "agenda.ics"));
			default:
				Matcher event = EVENT.matcher(request.path());
				if (!event.matches()) {
					return Optional.empty();
				}
				return this.announcements.one(publishing, Kind.EVENT, UUID.fromString(event.group(1)))
					.map((row) -> ics(this.calendars.agenda(request, List.of(row), publishing),
							"evenement-" + row.id() + ".ics"));
		}
	}

	private List<StoredAnnouncement> rows(Publishing publishing, Kind kind) {
		return this.announcements.current(publishing, kind, ITEMS, 0);
	}

	private static SiteContent rss(String xml) {
		return new SiteFile(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml;charset=UTF-8", null, false);
	}

	private static SiteContent ics(String calendar, String fileName) {
		return new SiteFile(calendar.getBytes(StandardCharsets.UTF_8), "text/calendar;charset=UTF-8", fileName, false);
	}

}
