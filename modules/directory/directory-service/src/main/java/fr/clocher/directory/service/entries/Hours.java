package fr.clocher.directory.service.entries;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.clocher.directory.api.OpeningHours;

/**
 * Opening hours in their simple structured form: a day of the week, an opening and a
 * closing time ({@code HH:mm}, closing after opening), at most 14 slots, none overlapping
 * another of its day. Each refused slot names its field ({@code openingHours[2].closes}).
 */
final class Hours {

	static final int MAX_SLOTS = 14;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private Hours() {
	}

	/** The slots checked and sorted by day then opening time; refusals into checks. */
	static List<OpeningHours> check(String field, List<OpeningHours> slots, Checks checks) {
		if (slots == null || slots.isEmpty()) {
			return List.of();
		}
		if (slots.size() > MAX_SLOTS) {
			checks.add(field, "%d créneaux au plus.".formatted(MAX_SLOTS), "At most %d slots.".formatted(MAX_SLOTS));
			return List.of();
		}
		List<OpeningHours> valid = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			OpeningHours slot = slots.get(i);
			String at = field + "[" + i + "]";
			if (slot == null) {
				checks.add(at, Checks.REQUIRED);
				continue;
			}
			DayOfWeek day = day(at + ".day", slot.day(), checks);
			LocalTime opens = time(at + ".opens", slot.opens(), checks);
			LocalTime closes = time(at + ".closes", slot.closes(), checks);
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				checks.add(at + ".closes", "L'heure de fermeture vient après l'heure d'ouverture.",
						"The closing time comes after the opening time.");
			}
			else if (day != null && opens != null && closes != null) {
				OpeningHours clean = new OpeningHours(day.name(), TIME.format(opens), TIME.format(closes));
				if (valid.stream().anyMatch((other) -> overlap(other, clean))) {
					checks.add(at, "Ce créneau chevauche un autre créneau du même jour.",
							"This slot overlaps another slot of the same day.");
				}
				valid.add(clean);
			}
		}
		valid.sort(Comparator.comparing((OpeningHours slot) -> DayOfWeek.valueOf(slot.day()))
			.thenComparing(OpeningHours::opens));
		return List.copyOf(valid);
	}

	private static boolean overlap(OpeningHours a, OpeningHours b) {
		return a.day().equals(b.day()) && a.opens().compareTo(b.closes()) < 0 && b.opens().compareTo(a.closes()) < 0;
	}

	private static DayOfWeek day(String field, String value, Checks checks) {
		try {
			return DayOfWeek.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (RuntimeException ex) {
			checks.add(field, "Jour invalide : MONDAY à SUNDAY.", "Invalid day: MONDAY to SUNDAY.");
			return null;
		}
	}

	private static LocalTime time(String field, String value, Checks checks) {
		try {
			if (value != null && value.strip().matches("\\d{2}:\\d{2}")) {
				return LocalTime.parse(value.strip(), TIME);
			}
		}
		catch (DateTimeParseException ex) {
			// refused below
		}
		checks.add(field, "Heure invalide : HH:mm, de 00:00 à 23:59.", "Invalid time: HH:mm, from 00:00 to 23:59.");
		return null;
	}

}
