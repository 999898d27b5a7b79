package fr.clocher.announcements.service.site;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.samskivert.mustache.Template;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.Publishers.Publishing;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.site.SiteTemplates;

/**
 * The module's page fragments (Mustache templates in {@code templates/announcements/},
 * compiled once by the kernel's {@link SiteTemplates}) and the model of one announcement
 * as they show it, in French, times in Paris.
 */
final class Views {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

	final Template newsList;

	final Template newsItem;

	final Template agenda;

	final Template event;

	final Template alerts;

	final Template alertBand;

	final Template home;

	Views(SiteTemplates templates) {
		this.newsList = templates.template("announcements/news-list");
		this.newsItem = templates.template("announcements/news-item");
		this.agenda = templates.template("announcements/agenda");
		this.event = templates.template("announcements/event");
		this.alerts = templates.template("announcements/alerts");
		this.alertBand = templates.template("announcements/alert-band");
		this.home = templates.template("announcements/home");
	}

	/**
	 * One announcement as the templates show it, marked with the group that published it.
	 */
	static Map<String, Object> model(StoredAnnouncement row, Publishing publishing) {
		Map<String, Object> model = new HashMap<>();
		model.put("id", row.id().toString());
		model.put("title", row.title());
		model.put("summary", row.summary());
		model.put("href", row.publicPath());
		model.put("body", row.body());
		model.put("category", row.category());
		model.put("place", row.place());
		model.put("registrationUrl", row.registrationUrl());
		publishing.group(row.tenantId()).ifPresent((group) -> model.put("group", group.name()));
		if (row.publishAt() != null) {
			model.put("date", date(row.publishAt()));
			model.put("iso", row.publishAt().atZone(Paris.ZONE).toLocalDate().toString());
		}
		if (row.kind() == Kind.EVENT) {
			model.put("when", when(row));
			model.put("startIso",
					row.allDay() ? row.startsLocal().toLocalDate().toString() : row.startsLocal().toString());
			model.put("ics", row.publicPath() + ".ics");
		}
		if (row.kind() == Kind.ALERT) {
			model.put("until",
					DAY.format(row.endsAt().atZone(Paris.ZONE)) + " à " + TIME.format(row.endsAt().atZone(Paris.ZONE)));
			model.put("untilIso", row.endsAt().toString());
			model.put("details", row.body().isEmpty() ? null : row.body());
		}
		if (row.imageId() != null) {
			model.put("image", "/actualites/images/" + row.imageId());
		}
		return model;
	}

	static String date(Instant instant) {
		return DATE.format(instant.atZone(Paris.ZONE));
	}

	/** When an event happens, as residents read it. */
	static String when(StoredAnnouncement event) {
		LocalDateTime start = event.startsLocal();
		LocalDateTime end = event.endsLocal();
		boolean oneDay = start.toLocalDate().equals(end.toLocalDate());
		if (event.allDay()) {
			return oneDay ? capitalized(DAY.format(start)) : "Du " + DAY.format(start) + " au " + DAY.format(end);
		}
		if (oneDay) {
			return capitalized(DAY.format(start)) + ", de " + TIME.format(start) + " à " + TIME.format(end);
		}
		return "Du " + DAY.format(start) + " à " + TIME.format(start) + " au " + DAY.format(end) + " à "
				+ TIME.format(end);
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
