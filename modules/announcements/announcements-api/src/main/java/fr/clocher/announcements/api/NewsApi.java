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
 * News items: drafts, publication now or at a set time, unpublishing, archiving.
 *
 * <p>
 * {@code tenant} is the tenant's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.announcements.api package's conventions}.
 */
@HttpExchange(Announcements.API)
public interface NewsApi {

	/**
	 * The news items, newest first, filtered.
	 * @param tenant the tenant's slug
	 * @param status only those in this state, or null for all but the archived ones
	 * @param category only those of this category, or null for all
	 * @return the news items
	 */
	@GetExchange("/news")
	List<News> news(@PathVariable("tenant") String tenant,
			@RequestParam(name = "status", required = false) AnnouncementStatus status,
			@RequestParam(name = "category", required = false) String category);

	/**
	 * One news item; 404 {@code news-not-found} when the tenant has none of this id.
	 * @param tenant the tenant's slug
	 * @param id the news item
	 * @return it
	 */
	@GetExchange("/news/{id}")
	News newsItem(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Creates a draft (not public until published); {@code invalid-request} (400) names
	 * every refused field.
	 * @param tenant the tenant's slug
	 * @param draft its content
	 * @return it, created (201)
	 */
	@PostExchange("/news")
	News createNews(@PathVariable("tenant") String tenant, @RequestBody NewsDraft draft);

	/**
	 * Saves its content; a published one shows the new content at once. Same refusals as
	 * creating.
	 * @param tenant the tenant's slug
	 * @param id the news item
	 * @param draft its new content
	 * @return it
	 */
	@PutExchange("/news/{id}")
	News updateNews(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id, @RequestBody NewsDraft draft);

	/**
	 * Publishes it now, or at a set time ({@link AnnouncementStatus#SCHEDULED} until
	 * then: it then appears on its own, once, whichever instance notices it first).
	 * @param tenant the tenant's slug
	 * @param id the news item
	 * @param publication when; an empty body or a null moment means now
	 * @return it
	 */
	@PostExchange("/news/{id}/publish")
	News publishNews(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody(required = false) Publication publication);

	/**
	 * Takes it off the site (or cancels its scheduled publication): a draft again.
	 * @param tenant the tenant's slug
	 * @param id the news item
	 * @return it, {@link AnnouncementStatus#DRAFT}
	 */
	@PostExchange("/news/{id}/unpublish")
	News unpublishNews(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Takes it off the site and out of the default list, kept for the record.
	 * @param tenant the tenant's slug
	 * @param id the news item
	 * @return it, {@link AnnouncementStatus#ARCHIVED}
	 */
	@PostExchange("/news/{id}/archive")
	News archiveNews(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Deletes it, published or not.
	 * @param tenant the tenant's slug
	 * @param id the news item
	 */
	@DeleteExchange("/news/{id}")
	void deleteNews(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
