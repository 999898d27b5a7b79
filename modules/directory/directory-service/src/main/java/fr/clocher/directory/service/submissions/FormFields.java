package fr.clocher.directory.service.submissions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.clocher.directory.api.OpeningHours;
import fr.clocher.directory.api.OpeningHoursText;
import fr.clocher.directory.service.entries.Checks;

/**
 * The proposal form's fields that are not plain text, as a resident types them without
 * any script: the position as two decimal numbers (a comma or a point), the opening hours
 * one slot a line ({@code lundi 09:00-12:00}, {@code samedi 8h-12h30}:
 * {@link OpeningHoursText}, as the secretary types them). What cannot be read is refused
 * naming its field; what can is checked afterwards like the secretary's entry.
 */
final class FormFields {

	private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,3}(?:[.,]\\d{1,8})?");

	private FormFields() {
	}

	/** The slots of the hours' text, or refusals into checks ({@code openingHours}). */
	static List<OpeningHours> hours(String text, Checks checks) {
		List<OpeningHours> slots = new ArrayList<>();
		List<OpeningHours> typed = OpeningHoursText.parse(text);
		for (int i = 0; i < typed.size(); i++) {
			OpeningHours slot = typed.get(i);
			if (slot.opens() == null) {
				checks.add("openingHours",
						"Créneau %d (« %s ») : un jour puis deux heures, comme « lundi 09:00-12:00 ».".formatted(i + 1,
								slot.day()),
						"Slot %d ('%s'): a day then two times, such as 'lundi 09:00-12:00'.".formatted(i + 1,
								slot.day()));
			}
			else {
				slots.add(slot);
			}
		}
		return slots;
	}

	/** A coordinate, null when blank, or a refusal into checks. */
	static BigDecimal coordinate(String field, String text, Checks checks) {
		String clean = (text != null) ? text.strip() : "";
		if (clean.isEmpty()) {
			return null;
		}
		if (!DECIMAL.matcher(clean).matches()) {
			checks.add(field, "Nombre décimal attendu, en degrés, comme 43,6045.",
					"A decimal number of degrees expected, such as 43.6045.");
			return null;
		}
		return new BigDecimal(clean.replace(',', '.'));
	}

}
