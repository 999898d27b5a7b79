package fr.clocher.announcements.ui.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.ui.WorkspaceCommune;

/**
 * Moments as the secretary reads and types them: in Paris time, in her language.
 */
public final class Dates {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

	private Dates() {
	}

	/** A moment in Paris time ("7 déc. 2026 14:30"), empty for null. */
	public static String format(Instant moment) {
		return (moment != null) ? format(moment.atZone(Paris.ZONE).toLocalDateTime()) : "";
	}

	/** A Paris local time ("7 déc. 2026 14:30"), empty for null. */
	public static String format(LocalDateTime time) {
		return (time != null) ? SHORT.withLocale(WorkspaceCommune.locale()).format(time) : "";
	}

	/** A Paris local date ("7 déc. 2026"), empty for null. */
	public static String formatDay(LocalDateTime time) {
		return (time != null) ? DAY.withLocale(WorkspaceCommune.locale()).format(time) : "";
	}

	/** The moment a Paris local time the secretary typed stands for, null for null. */
	public static Instant instant(LocalDateTime parisTime) {
		return (parisTime != null) ? parisTime.atZone(Paris.ZONE).toInstant() : null;
	}

	/** A moment as a Paris local time for a picker, null for null. */
	public static LocalDateTime paris(Instant moment) {
		return (moment != null) ? moment.atZone(Paris.ZONE).toLocalDateTime() : null;
	}

}
