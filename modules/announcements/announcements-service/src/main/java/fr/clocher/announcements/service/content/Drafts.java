package fr.clocher.announcements.service.content;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Predicate;

import fr.clocher.announcements.api.AlertDraft;
import fr.clocher.announcements.api.EventDraft;
import fr.clocher.announcements.api.NewsDraft;

/**
 * Checks what the secretary wrote and cleans it: every refused field is named in one
 * problem, nothing is written until everything passes.
 */
public class Drafts {

	static final int MAX_TITLE = 150;

	static final int MAX_SUMMARY = 300;

	static final int MAX_BODY = 100_000;

	static final int MAX_PLACE = 200;

	static final int MAX_DETAILS = 1_000;

	private final Clock clock;

	private final Predicate<UUID> imageExists;

	Drafts(Clock clock, Predicate<UUID> imageExists) {
		this.clock = clock;
		this.imageExists = imageExists;
	}

	public Content news(NewsDraft draft) {
		NewsDraft given = (draft != null) ? draft : new NewsDraft(null, null, null, null, null);
		Violations violations = new Violations();
		String title = violations.text("title", given.title(), MAX_TITLE, true);
		String summary = violations.text("summary", given.summary(), MAX_SUMMARY, false);
		String body = body(violations, given.body());
		String category = violations.text("category", given.category(), 60, false);
		if (given.imageId() != null && !this.imageExists.test(given.imageId())) {
			violations.add("imageId", "Cette image n'existe pas : envoyez-la d'abord.",
					"This image does not exist: upload it first.");
		}
		violations.throwIfAny();
		return new Content(title, summary, body, category, given.imageId(), null, null, false, null, null, null);
	}

	public Content event(EventDraft draft) {
		EventDraft given = (draft != null) ? draft : new EventDraft(null, null, null, null, null, null, null, null);
		Violations violations = new Violations();
		String title = violations.text("title", given.title(), MAX_TITLE, true);
		String summary = violations.text("summary", given.summary(), MAX_SUMMARY, false);
		String body = body(violations, given.body());
		String place = violations.text("place", given.place(), MAX_PLACE, false);
		String link = violations.text("registrationUrl", given.registrationUrl(), 500, false);
		if (link != null && !isWebAddress(link)) {
			violations.add("registrationUrl", "Une adresse web commençant par https:// est attendue.",
					"A web address starting with https:// is expected.");
		}
		LocalDateTime start = violations.required("start", given.start());
		LocalDateTime end = violations.required("end", given.end());
		boolean allDay = Boolean.TRUE.equals(given.allDay());
		if (allDay) {
			start = (start != null) ? start.toLocalDate().atStartOfDay() : null;
			end = (end != null) ? end.toLocalDate().atStartOfDay() : null;
		}
		if (start != null && end != null && end.isBefore(start)) {
			violations.add("end", "L'événement ne peut pas finir avant de commencer.",
					"The event cannot end before it starts.");
		}
		violations.throwIfAny();
		return new Content(title, summary, body, null, null, place, link, allDay, start, end, null);
	}

	public Content alert(AlertDraft draft) {
		AlertDraft given = (draft != null) ? draft : new AlertDraft(null, null, null, null);
		Violations violations = new Violations();
		String what = violations.text("what", given.what(), MAX_TITLE, true);
		String where = violations.text("where", given.where(), MAX_PLACE, false);
		String details = violations.text("details", given.details(), MAX_DETAILS, false);
		Instant until = violations.required("until", given.until());
		if (until != null && !until.isAfter(this.clock.instant())) {
			violations.add("until", "La fin de l'alerte est déjà passée : choisissez une date à venir.",
					"The alert's end has already passed: choose a moment to come.");
		}
		violations.throwIfAny();
		return new Content(what, null, (details != null) ? details : "", null, null, where, null, false, null, null,
				until);
	}

	/** Refuses publishing an alert at a moment it has already ended. */
	public void checkPublication(StoredAnnouncement row, Instant at) {
		if (row.kind() == Kind.ALERT && !row.endsAt().isAfter(at)) {
			Violations violations = new Violations();
			violations.add("until", "L'alerte serait déjà finie à sa publication : changez sa fin.",
					"The alert would already be over when published: change its end.");
			violations.throwIfAny();
		}
	}

	private static String body(Violations violations, String html) {
		if (html != null && html.length() > MAX_BODY) {
			violations.text("body", html, MAX_BODY, false);
			return "";
		}
		String body = RichText.sanitize(html);
		long missing = RichText.imagesWithoutAlt(body);
		if (missing > 0) {
			violations.add("body", missing + " image(s) sans texte alternatif : décrivez chaque image.",
					missing + " image(s) without alternative text: describe each image.");
		}
		return body;
	}

	private static boolean isWebAddress(String link) {
		try {
			URI uri = URI.create(link);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
