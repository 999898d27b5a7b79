package fr.clocher.website.api;

import java.util.List;

/**
 * The town hall, as the home page and the footer show it. Every field may be empty until
 * the secretary fills it in.
 *
 * @param street the street address ("1 place de la Mairie"), at most 200 characters
 * @param postalCode five digits
 * @param city the town ("Aiglun"), the commune's name when empty
 * @param phone a French phone number, stored as {@code 04 93 00 00 00}
 * @param email the town hall's e-mail address
 * @param weeklyHours usual hours per weekday; a day absent is closed
 * @param exceptions dates the usual hours do not apply, by date
 * @param note a plain-text remark shown under the hours ("Permanence du maire le samedi
 * sur rendez-vous"), at most 500 characters
 */
public record TownHall(String street, String postalCode, String city, String phone, String email,
		List<DayHours> weeklyHours, List<OpeningException> exceptions, String note) {

	public TownHall {
		weeklyHours = (weeklyHours != null) ? List.copyOf(weeklyHours) : List.of();
		exceptions = (exceptions != null) ? List.copyOf(exceptions) : List.of();
	}

	/** Nothing filled in yet. */
	public static TownHall empty() {
		return new TownHall(null, null, null, null, null, List.of(), List.of(), null);
	}

}
