package fr.clocher.website.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Days the usual hours do not apply: a public holiday, summer closing, an extra opening.
 * Shown on the site until {@code to} has passed.
 *
 * @param from the first day
 * @param to the last day, the same as {@code from} for a single day (null means
 * {@code from})
 * @param reason why, shown to residents ("Fête nationale", "Congés d'été"), required, at
 * most 120 characters
 * @param slots the hours on those days; empty means closed
 */
public record OpeningException(LocalDate from, LocalDate to, String reason, List<TimeSlot> slots) {

	public OpeningException {
		slots = (slots != null) ? List.copyOf(slots) : List.of();
	}

}
