package fr.clocher.website.service.settings;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.clocher.website.api.DayHours;
import fr.clocher.website.api.OpeningException;
import fr.clocher.website.api.TimeSlot;
import fr.clocher.website.api.TownHall;
import fr.clocher.website.service.support.PlainText;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.Violations;
import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.transaction.annotation.Transactional;

/**
 * The town hall: address, contacts, weekly hours and their exceptions.
 */
public class TownHallSettings {

	static final String DOCUMENT = "town-hall";

	private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final SiteDocuments documents;

	private final WebsiteChanges changes;

	TownHallSettings(SiteDocuments documents, WebsiteChanges changes) {
		this.documents = documents;
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	public TownHall get() {
		return this.documents.read(DOCUMENT, TownHall.class).orElse(TownHall.empty());
	}

	@Transactional
	public TownHall update(TownHall given) {
		TownHall townHall = (given != null) ? given : TownHall.empty();
		Violations violations = new Violations();
		String street = PlainText.clean(townHall.street());
		violations.maxLength("street", street, 200);
		String postalCode = PlainText.clean(townHall.postalCode());
		if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
			violations.add("postalCode", "Cinq chiffres.", "Five digits.");
		}
		String city = PlainText.clean(townHall.city());
		violations.maxLength("city", city, 100);
		String phone = phone(violations, PlainText.clean(townHall.phone()));
		String email = PlainText.clean(townHall.email());
		if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
			violations.add("email", "Adresse e-mail invalide.", "Invalid e-mail address.");
		}
		String note = PlainText.clean(townHall.note());
		violations.maxLength("note", note, 500);
		List<DayHours> days = new ArrayList<>();
		Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
		for (int i = 0; i < townHall.weeklyHours().size(); i++) {
			DayHours day = townHall.weeklyHours().get(i);
			String field = "weeklyHours[" + i + "]";
			if (day.day() == null) {
				violations.add(field + ".day", "Choisissez le jour.", "Choose the day.");
				continue;
			}
			if (!seen.add(day.day())) {
				violations.add(field + ".day", "Ce jour est déjà indiqué.", "This day is given twice.");
			}
			days.add(new DayHours(day.day(), slots(violations, field + ".slots", day.slots())));
		}
		days.sort(Comparator.comparing(DayHours::day));
		List<OpeningException> exceptions = new ArrayList<>();
		for (int i = 0; i < townHall.exceptions().size(); i++) {
			exceptions.add(exception(violations, "exceptions[" + i + "]", townHall.exceptions().get(i)));
		}
		violations.throwIfAny();
		exceptions.sort(Comparator.comparing(OpeningException::from));
		TownHall saved = new TownHall(street, postalCode, city, phone, email, days, exceptions, note);
		this.documents.write(DOCUMENT, saved);
		this.changes.record("Informations de la mairie modifiées", "Town hall information changed");
		return saved;
	}

	private static OpeningException exception(Violations violations, String field, OpeningException exception) {
		if (exception.from() == null) {
			violations.add(field + ".from", "Indiquez le premier jour.", "Give the first day.");
		}
		java.time.LocalDate to = (exception.to() != null) ? exception.to() : exception.from();
		if (exception.from() != null && to.isBefore(exception.from())) {
			violations.add(field + ".to", "Le dernier jour précède le premier.", "The last day is before the first.");
		}
		String reason = PlainText.clean(exception.reason());
		if (violations.required(field + ".reason", reason)) {
			violations.maxLength(field + ".reason", reason, 120);
		}
		return new OpeningException(exception.from(), to, reason,
				slots(violations, field + ".slots", exception.slots()));
	}

	private static List<TimeSlot> slots(Violations violations, String field, List<TimeSlot> slots) {
		if (slots.size() > 4) {
			violations.add(field, "4 plages horaires au plus par jour.", "At most 4 time slots a day.");
		}
		List<TimeSlot> sorted = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			TimeSlot slot = slots.get(i);
			if (slot.opens() == null || slot.closes() == null) {
				violations.add(field + "[" + i + "]", "Indiquez l'ouverture et la fermeture.",
						"Give the opening and closing times.");
			}
			else if (!slot.opens().isBefore(slot.closes())) {
				violations.add(field + "[" + i + "]", "La fermeture doit suivre l'ouverture.",
						"Closing must come after opening.");
			}
			else {
				sorted.add(slot);
			}
		}
		sorted.sort(Comparator.comparing(TimeSlot::opens));
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).opens().isBefore(sorted.get(i - 1).closes())) {
				violations.add(field, "Des plages horaires se chevauchent.", "Time slots overlap.");
				break;
			}
		}
		return sorted;
	}

	/** A French number as {@code 04 93 00 00 00}; {@code +33} is accepted. */
	private static String phone(Violations violations, String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+33")) {
			digits = "0" + digits.substring(3);
		}
		if (!digits.matches("0[1-9][0-9]{8}")) {
			violations.add("phone", "Un numéro français à 10 chiffres, par exemple 04 93 00 00 00.",
					"A 10-digit French number, for example 04 93 00 00 00.");
			return null;
		}
		return digits.replaceAll("(..)(?!$)", "$1 ");
	}

}
