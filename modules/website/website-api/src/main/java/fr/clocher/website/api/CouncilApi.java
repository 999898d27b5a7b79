package fr.clocher.website.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The mayor and the council members, as the site shows them.
 *
 * <p>
 * {@code tenant} is the commune's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.website.api package's conventions}.
 */
@HttpExchange(Website.API)
public interface CouncilApi {

	/**
	 * The mayor and the council members, in the order shown.
	 * @param tenant the commune's slug
	 * @return the council
	 */
	@GetExchange("/council")
	Council council(@PathVariable("tenant") String tenant);

	/**
	 * Replaces the council (order = list order). Refused ({@code invalid-request}) for a
	 * missing name, two mayors, an unknown photo ({@code members[2].photoId}).
	 * @param tenant the commune's slug
	 * @param council the new council
	 * @return the council saved
	 */
	@PutExchange("/council")
	Council updateCouncil(@PathVariable("tenant") String tenant, @RequestBody Council council);

}
