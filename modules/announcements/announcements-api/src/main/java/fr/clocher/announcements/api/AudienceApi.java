package fr.clocher.announcements.api;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * What the tenant's own announcements reached: reads of their public pages and their
 * mail, for the secretary's lists.
 */
@HttpExchange(Announcements.API)
public interface AudienceApi {

	/**
	 * The audience of every announcement of the tenant that was read or mailed (one
	 * absent from the list has neither).
	 * @param tenant the tenant's slug
	 * @return their audiences
	 */
	@GetExchange("/audience")
	List<Audience> audience(@PathVariable("tenant") String tenant);

	/**
	 * The audience of one announcement of the tenant: zeros when nobody read it and no
	 * mail went out.
	 * @param tenant the tenant's slug
	 * @param id the announcement
	 * @return its audience
	 */
	@GetExchange("/audience/{id}")
	Audience audienceOf(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
