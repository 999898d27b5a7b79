package fr.clocher.announcements.api;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * What the commune's intercommunality (and syndicates) publish: shown on the commune's
 * site and feeds, marked as theirs; the commune's secretary may hide one locally.
 */
@HttpExchange(Announcements.API)
public interface IntercommunalApi {

	/**
	 * The groups' announcements public now, newest first, hidden or not.
	 * @param tenant the commune's slug
	 * @return them
	 */
	@GetExchange("/intercommunal")
	List<SharedAnnouncement> shared(@PathVariable("tenant") String tenant);

	/**
	 * Stops showing a group's announcement on the commune's site and feeds; 404
	 * {@code announcement-not-found} when no group of the commune has published it.
	 * @param tenant the commune's slug
	 * @param id the announcement
	 * @return it, hidden
	 */
	@PostExchange("/intercommunal/{id}/hide")
	SharedAnnouncement hide(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Shows a hidden group announcement again.
	 * @param tenant the commune's slug
	 * @param id the announcement
	 * @return it, shown
	 */
	@PostExchange("/intercommunal/{id}/show")
	SharedAnnouncement show(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
