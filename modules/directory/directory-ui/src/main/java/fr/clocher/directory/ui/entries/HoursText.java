package fr.clocher.directory.ui.entries;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.directory.api.OpeningHours;

/**
 * Opening hours as the secretary types them, one slot per line
 * ({@code mardi 07:00-12:30}, {@code tuesday 7:00 - 12:30}). A line that does not read is
 * sent as it is, so that the service names it ({@code openingHours[2].day}) and nothing
 * is lost.
 */
final class HoursText {

	private static final Pattern LINE = Pattern
		.compile("(\\S+)\\s+(\\d{1,2})[:h](\\d{2})\\s*[-–à]\\s*(\\d{1,2})[:h](\\d{2})");

	private static final Map<String, String> DAYS = Map.ofEntries(Map.entry("lundi", "MONDAY"),
			Map.entry("mardi", "TUESDAY"), Map.entry("mercredi", "WEDNESDAY"), Map.entry("jeudi", "THURSDAY"),
			Map.entry("vendredi", "FRIDAY"), Map.entry("samedi", "SATURDAY"), Map.entry("dimanche", "SUNDAY"));

	private static final List<String> FRENCH = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
			"dimanche");

	private HoursText() {
	}

	static List<OpeningHours> parse(String text) {
		List<OpeningHours> slots = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String clean = line.strip();
			if (clean.isEmpty()) {
				continue;
			}
			Matcher slot = LINE.matcher(clean);
			if (slot.matches()) {
				String word = Normalizer.normalize(slot.group(1), Normalizer.Form.NFD)
					.replaceAll("\\p{M}", "")
					.toLowerCase(Locale.ROOT);
				slots.add(new OpeningHours(DAYS.getOrDefault(word, word.toUpperCase(Locale.ROOT)),
						pad(slot.group(2)) + ":" + slot.group(3), pad(slot.group(4)) + ":" + slot.group(5)));
			}
			else {
				slots.add(new OpeningHours(clean, null, null));
			}
		}
		return slots;
	}

	static String format(List<OpeningHours> slots) {
		StringBuilder text = new StringBuilder();
		for (OpeningHours slot : slots) {
			int day = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
				.indexOf(slot.day());
			text.append((day >= 0) ? FRENCH.get(day) : slot.day())
				.append(' ')
				.append(slot.opens())
				.append('-')
				.append(slot.closes())
				.append('\n');
		}
		return text.toString().strip();
	}

	private static String pad(String hour) {
		return (hour.length() == 1) ? "0" + hour : hour;
	}

}
