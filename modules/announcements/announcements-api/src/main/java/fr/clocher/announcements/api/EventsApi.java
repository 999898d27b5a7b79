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
 * Events of the agenda: drafts, publication now or at a set time, unpublishing,
 * archiving.
 *
 * <p>
 * {@code tenant} is the tenant's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.announcements.api package's conventions}.
 */
@HttpExchange(Announcements.API)
public interface EventsApi {

	/**
	 * The events, by start (latest first).
	 * @param tenant the tenant's slug
	 * @param status only those in this state, or null for all but the archived ones
	 * @param upcoming true for only those not ended yet
	 * @return the events
	 */
	@GetExchange("/events")
	List<Event> events(@PathVariable("tenant") String tenant,
			@RequestParam(name = "status", required = false) AnnouncementStatus status,
			@RequestParam(name = "upcoming", required = false) Boolean upcoming);

	/**
	 * One event; 404 {@code event-not-found} when the tenant has none of this id.
	 * @param tenant the tenant's slug
	 * @param id the event
	 * @return it
	 */
	@GetExchange("/events/{id}")
	Event event(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Creates a draft (not public until published); {@code invalid-request} (400) names
	 * every refused field.
	 * @param tenant the tenant's slug
	 * @param draft its content
	 * @return it, created (201)
	 */
	@PostExchange("/events")
	Event createEvent(@PathVariable("tenant") String tenant, @RequestBody EventDraft draft);

	/**
	 * Saves its content; a published one shows the new content at once. Same refusals as
	 * creating.
	 * @param tenant the tenant's slug
	 * @param id the event
	 * @param draft its new content
	 * @return it
	 */
	@PutExchange("/events/{id}")
	Event updateEvent(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody EventDraft draft);

	/**
	 * Publishes it now, or at a set time ({@link AnnouncementStatus#SCHEDULED} until
	 * then: it then appears on its own, once, whichever instance notices it first).
	 * @param tenant the tenant's slug
	 * @param id the event
	 * @param publication when; an empty body or a null moment means now
	 * @return it
	 */
	@PostExchange("/events/{id}/publish")
	Event publishEvent(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody(required = false) Publication publication);

	/**
	 * Takes it off the site (or cancels its scheduled publication): a draft again.
	 * @param tenant the tenant's slug
	 * @param id the event
	 * @return it, {@link AnnouncementStatus#DRAFT}
	 */
	@PostExchange("/events/{id}/unpublish")
	Event unpublishEvent(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Takes it off the site and out of the default list, kept for the record.
	 * @param tenant the tenant's slug
	 * @param id the event
	 * @return it, {@link AnnouncementStatus#ARCHIVED}
	 */
	@PostExchange("/events/{id}/archive")
	Event archiveEvent(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Deletes it, published or not.
	 * @param tenant the tenant's slug
	 * @param id the event
	 */
	@DeleteExchange("/events/{id}")
	void deleteEvent(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
