package fr.clocher.website.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The town hall's address, contacts and opening hours, as the site shows them.
 *
 * <p>
 * {@code tenant} is the commune's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.website.api package's conventions}.
 */
@HttpExchange(Website.API)
public interface TownHallApi {

	/**
	 * The town hall's address, contacts and opening hours.
	 * @param tenant the commune's slug
	 * @return the information, empty fields where none was given
	 */
	@GetExchange("/town-hall")
	TownHall townHall(@PathVariable("tenant") String tenant);

	/**
	 * Replaces the town hall information. Refused ({@code invalid-request}) for a
	 * malformed e-mail, phone or postal code, a slot that closes before it opens,
	 * overlapping slots, a day given twice, an exception ending before it starts.
	 * @param tenant the commune's slug
	 * @param townHall the new information
	 * @return the information saved (phone normalized, days in week order)
	 */
	@PutExchange("/town-hall")
	TownHall updateTownHall(@PathVariable("tenant") String tenant, @RequestBody TownHall townHall);

}
