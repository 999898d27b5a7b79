package fr.clocher.website.api;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The usual opening hours of one weekday. A day absent from
 * {@link TownHall#weeklyHours()} is a closed day.
 *
 * @param day the weekday ({@code "MONDAY"}...)
 * @param slots when it is open, not overlapping, at most 4
 */
public record DayHours(DayOfWeek day, List<TimeSlot> slots) {

	public DayHours {
		slots = (slots != null) ? List.copyOf(slots) : List.of();
	}

}
