package fr.clocher.announcements.service.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

import fr.clocher.announcements.service.content.Publishers.Publishing;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.site.SiteRequest;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar for the agenda, written with ical4j: timed events in Paris time
 * ({@code TZID=Europe/Paris}, with the VTIMEZONE ical4j ships), whole days as dates (the
 * end exclusive, as RFC 5545 wants), a group's event with the group as its category.
 * ical4j folds lines by characters; RFC 5545 counts octets, so the lines are folded again
 * by octets ({@link #foldByOctets}) for accented text.
 */
class Calendars {

	private static final ZoneId PARIS = Paris.ZONE;

	private static final int LINE_OCTETS = 75;

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final Clock clock;

	Calendars(Clock clock) {
		this.clock = clock;
	}

	String agenda(SiteRequest request, List<StoredAnnouncement> events, Publishing publishing) {
		Calendar calendar = new Calendar().withProdId("-//Clocher//Agenda de " + request.tenant().name() + "//FR")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(ImmutableCalScale.GREGORIAN)
			.withProperty(ImmutableMethod.PUBLISH)
			.withProperty(new XProperty("X-WR-CALNAME", "Agenda – " + request.tenant().name()))
			.withProperty(new XProperty("X-WR-TIMEZONE", PARIS.getId()))
			.withComponent(this.zones.getTimeZone(PARIS.getId()).getVTimeZone())
			.getFluentTarget();
		events.forEach((event) -> calendar.add(event(request, event, publishing)));
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return foldByOctets(out.toString());
	}

	private VEvent event(SiteRequest request, StoredAnnouncement event, Publishing publishing) {
		Temporal start = event.allDay() ? event.startsLocal().toLocalDate() : event.startsLocal().atZone(PARIS);
		Temporal end = event.allDay() ? event.endsLocal().toLocalDate().plusDays(1) : event.endsLocal().atZone(PARIS);
		VEvent component = new VEvent(start, end, event.title());
		component.add(new Uid(event.id() + "@" + URI.create(request.canonical("/")).getHost()));
		component.add(new DtStamp(this.clock.instant()));
		component.add(new Url(URI.create(request.canonical(event.publicPath()))));
		if (event.place() != null) {
			component.add(new Location(event.place()));
		}
		if (event.summary() != null) {
			component.add(new Description(event.summary()));
		}
		publishing.group(event.tenantId()).ifPresent((group) -> {
			component.add(new Categories(RssFeeds.GROUP_CATEGORY));
			component.add(new Organizer(URI.create("urn:clocher:" + group.slug())));
		});
		return component;
	}

	/**
	 * Unfolds the lines, then folds each at 75 octets of UTF-8 without cutting a
	 * character, continuation lines starting with a space (RFC 5545, 3.1).
	 */
	static String foldByOctets(String calendar) {
		String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
		StringBuilder out = new StringBuilder(unfolded.length() + 64);
		for (String line : unfolded.split("\r\n")) {
			int octets = 0;
			int limit = LINE_OCTETS;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > limit) {
					out.append("\r\n ");
					octets = 0;
					limit = LINE_OCTETS - 1;
				}
				out.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			out.append("\r\n");
		}
		return out.toString();
	}

}
