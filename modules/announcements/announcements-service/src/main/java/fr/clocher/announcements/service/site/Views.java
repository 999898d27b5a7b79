package fr.clocher.announcements.service.site;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.samskivert.mustache.Template;
import fr.clocher.announcements.service.content.Dates;
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

	/** Gives the model of an announcement its date of publication. */
	static void dated(Map<String, Object> model, Instant published) {
		model.put("date", Dates.date(published));
		model.put("iso", published.atZone(Paris.ZONE).toLocalDate().toString());
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
			dated(model, row.publishAt());
		}
		if (row.kind() == Kind.EVENT) {
			model.put("when", Dates.when(row));
			model.put("startIso",
					row.allDay() ? row.startsLocal().toLocalDate().toString() : row.startsLocal().toString());
			model.put("ics", row.publicPath() + ".ics");
		}
		if (row.kind() == Kind.ALERT) {
			model.put("until", Dates.moment(row.endsAt()));
			model.put("untilIso", row.endsAt().toString());
			model.put("details", row.body().isEmpty() ? null : row.body());
		}
		if (row.imageId() != null) {
			model.put("image", "/actualites/images/" + row.imageId());
		}
		return model;
	}

}
