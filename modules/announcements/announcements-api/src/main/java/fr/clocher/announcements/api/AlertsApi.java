package fr.clocher.announcements.api;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * Urgent alerts, posted in three fields (what, where, until when): a banner on every page
 * of the site while valid.
 *
 * <p>
 * {@code tenant} is the tenant's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.announcements.api package's conventions}.
 */
@HttpExchange(Announcements.API)
public interface AlertsApi {

	/**
	 * The alerts, newest first.
	 * @param tenant the tenant's slug
	 * @param status only those in this state, or null for all but the archived ones
	 * @return the alerts
	 */
	@GetExchange("/alerts")
	List<Alert> alerts(@PathVariable("tenant") String tenant,
			@RequestParam(name = "status", required = false) AnnouncementStatus status);

	/**
	 * One alert; 404 {@code alert-not-found} when the tenant has none of this id.
	 * @param tenant the tenant's slug
	 * @param id the alert
	 * @return it
	 */
	@GetExchange("/alerts/{id}")
	Alert alert(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Creates a draft (not public until published); {@code invalid-request} (400) names
	 * every refused field.
	 * @param tenant the tenant's slug
	 * @param draft its content
	 * @return it, created (201)
	 */
	@PostExchange("/alerts")
	Alert createAlert(@PathVariable("tenant") String tenant, @RequestBody AlertDraft draft);

	/**
	 * Saves its content; a published one shows the new content at once. Same refusals as
	 * creating.
	 * @param tenant the tenant's slug
	 * @param id the alert
	 * @param draft its new content
	 * @return it
	 */
	@PutExchange("/alerts/{id}")
	Alert updateAlert(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody AlertDraft draft);

	/**
	 * Publishes it now, or at a set time ({@link AnnouncementStatus#SCHEDULED} until
	 * then: it then appears on its own, once, whichever instance notices it first).
	 * Refused with {@code invalid-request} on {@code until} when the alert would end
	 * before it is published.
	 * @param tenant the tenant's slug
	 * @param id the alert
	 * @param publication when; an empty body or a null moment means now
	 * @return it
	 */
	@PostExchange("/alerts/{id}/publish")
	Alert publishAlert(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody(required = false) Publication publication);

	/**
	 * Takes it off the site (or cancels its scheduled publication): a draft again.
	 * @param tenant the tenant's slug
	 * @param id the alert
	 * @return it, {@link AnnouncementStatus#DRAFT}
	 */
	@PostExchange("/alerts/{id}/unpublish")
	Alert unpublishAlert(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Takes it off the site and out of the default list, kept for the record.
	 * @param tenant the tenant's slug
	 * @param id the alert
	 * @return it, {@link AnnouncementStatus#ARCHIVED}
	 */
	@PostExchange("/alerts/{id}/archive")
	Alert archiveAlert(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Deletes it, published or not.
	 * @param tenant the tenant's slug
	 * @param id the alert
	 */
	@DeleteExchange("/alerts/{id}")
	void deleteAlert(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
