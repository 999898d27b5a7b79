package fr.clocher.wastebilling.ui.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.ui.WorkspaceCommune;

/** Dates and instants written in the secretary's language, in Paris time. */
public final class Dates {

	private Dates() {
	}

	/** A calendar date, empty for null. */
	public static String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
			.withLocale(WorkspaceCommune.locale())
			.format(date) : "";
	}

	/** An instant, in Paris time, empty for null. */
	public static String instant(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(WorkspaceCommune.locale())
			.format(instant.atZone(Paris.ZONE)) : "";
	}

}
