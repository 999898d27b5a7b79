package fr.clocher.directory.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours as the secretary or a resident types them, one slot per line
 * ({@code mardi 07:00-12:30}, {@code tuesday 7:00 - 12:30}, {@code samedi : 8h-12h30}). A
 * line that does not read is kept as it is, as a slot with its text for day and no times,
 * so that whoever checks it names it ({@code openingHours[2].day}) and nothing is lost.
 */
public final class OpeningHoursText {

	private static final Pattern LINE = Pattern
		.compile("(\\S+?)\\s*:?\\s+(\\d{1,2})\\s*[:h]\\s*(\\d{2})?\\s*[-–à]\\s*(\\d{1,2})\\s*[:h]\\s*(\\d{2})?");

	private static final Map<String, String> DAYS = Map.ofEntries(Map.entry("lundi", "MONDAY"),
			Map.entry("mardi", "TUESDAY"), Map.entry("mercredi", "WEDNESDAY"), Map.entry("jeudi", "THURSDAY"),
			Map.entry("vendredi", "FRIDAY"), Map.entry("samedi", "SATURDAY"), Map.entry("dimanche", "SUNDAY"));

	private static final List<String> FRENCH = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
			"dimanche");

	private OpeningHoursText() {
	}

	/** The slots of the text, one a line, blank lines skipped. */
	public static List<OpeningHours> parse(String text) {
		List<OpeningHours> slots = new ArrayList<>();
		if (text == null) {
			return slots;
		}
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
						time(slot.group(2), slot.group(3)), time(slot.group(4), slot.group(5))));
			}
			else {
				slots.add(new OpeningHours(clean, null, null));
			}
		}
		return slots;
	}

	/** The slots as the text shows them, one a line, days in French. */
	public static String format(List<OpeningHours> slots) {
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

	/** {@code HH:mm}: "8h" is 08:00. */
	private static String time(String hour, String minutes) {
		return ((hour.length() == 1) ? "0" + hour : hour) + ":" + ((minutes != null) ? minutes : "00");
	}

}
