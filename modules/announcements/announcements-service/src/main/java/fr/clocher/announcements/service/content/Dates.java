package fr.clocher.announcements.service.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.clocher.kernel.api.Paris;

/**
 * Moments as residents read them, in French and Paris time: a date, an alert's end, when
 * an event happens.
 */
public final class Dates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

	private Dates() {
	}

	/** "7 décembre 2026". */
	public static String date(Instant instant) {
		return DATE.format(instant.atZone(Paris.ZONE));
	}

	/** "lundi 7 décembre 2026 à 18 h 00". */
	public static String moment(Instant instant) {
		return DAY.format(instant.atZone(Paris.ZONE)) + " à " + TIME.format(instant.atZone(Paris.ZONE));
	}

	/** When an event happens: "Samedi 14 mars 2099, de 20 h 00 à 23 h 30". */
	public static String when(StoredAnnouncement event) {
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
