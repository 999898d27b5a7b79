package fr.clocher.website.service.publicsite;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.clocher.website.api.DayHours;
import fr.clocher.website.api.OpeningException;
import fr.clocher.website.api.TimeSlot;
import fr.clocher.website.service.generated.CommuneFacts;

/**
 * The town hall block of the home page: address, contacts, hours by weekday in French ("9
 * h – 12 h, 14 h – 17 h 30"), the exceptions still to come.
 */
final class TownHallView {

	private TownHallView() {
	}

	static String render(Views views, CommuneFacts facts, LocalDate today) {
		var townHall = facts.townHall();
		Map<DayOfWeek, DayHours> byDay = townHall.weeklyHours()
			.stream()
			.collect(Collectors.toMap(DayHours::day, Function.identity()));
		List<Map<String, Object>> days = Arrays.stream(DayOfWeek.values())
			.filter((day) -> byDay.containsKey(day) || day.getValue() <= 5)
			.map((day) -> Map.<String, Object>of("day", capitalized(day.getDisplayName(TextStyle.FULL, Locale.FRENCH)),
					"slots", slots((byDay.containsKey(day)) ? byDay.get(day).slots() : List.of())))
			.toList();
		List<Map<String, Object>> exceptions = townHall.exceptions()
			.stream()
			.filter((exception) -> !exception.to().isBefore(today))
			.limit(6)
			.map((exception) -> Map.<String, Object>of("dates", dates(exception), "reason", exception.reason(), "slots",
					slots(exception.slots())))
			.toList();
		Map<String, Object> model = new java.util.HashMap<>();
		model.put("name", facts.name());
		model.put("hasAddress", !facts.addressLines().isEmpty() && townHall.street() != null);
		model.put("addressLines", facts.addressLines());
		model.put("phone", townHall.phone());
		model.put("phoneLink",
				(townHall.phone() != null) ? "+33" + townHall.phone().replace(" ", "").substring(1) : "");
		model.put("email", townHall.email());
		model.put("hasHours", !townHall.weeklyHours().isEmpty());
		model.put("days", days);
		model.put("note", townHall.note());
		model.put("hasExceptions", !exceptions.isEmpty());
		model.put("exceptions", exceptions);
		return views.townHall.execute(model);
	}

	/**
	 * Each slot as "14 h – 17 h 30"; the template keeps each one on a single line and
	 * says "fermé" when there is none.
	 */
	static List<String> slots(List<TimeSlot> slots) {
		return slots.stream().map((slot) -> time(slot.opens()) + " – " + time(slot.closes())).toList();
	}

	private static String dates(OpeningException exception) {
		if (exception.to().equals(exception.from())) {
			return capitalized(exception.from().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH)) + " "
					+ Views.date(exception.from());
		}
		return "Du " + Views.date(exception.from()) + " au " + Views.date(exception.to());
	}

	private static String time(LocalTime time) {
		return time.getHour() + " h" + ((time.getMinute() > 0) ? String.format(" %02d", time.getMinute()) : "");
	}

	private static String capitalized(String text) {
		return text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
	}

}
