package fr.clocher.directory.api;

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
 * The directory's entries: drafts, publication, the photo, the owner's confirmation.
 *
 * <p>
 * {@code tenant} is the tenant's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.directory.api package's conventions}.
 */
@HttpExchange(Directory.API)
public interface EntriesApi {

	/**
	 * The tenant's entries, by name, filtered.
	 * @param tenant the tenant's slug
	 * @param status only those in this state, or null for all
	 * @param category only those of this category, or null for all
	 * @param query only those a resident's search would find (drafts included), ranked,
	 * or null
	 * @return the entries
	 */
	@GetExchange("/entries")
	List<Entry> entries(@PathVariable("tenant") String tenant,
			@RequestParam(name = "status", required = false) EntryStatus status,
			@RequestParam(name = "category", required = false) UUID category,
			@RequestParam(name = "q", required = false) String query);

	/**
	 * One entry; 404 {@code entry-not-found} when the tenant has none of this id.
	 * @param tenant the tenant's slug
	 * @param id the entry
	 * @return it
	 */
	@GetExchange("/entries/{id}")
	Entry entry(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Creates a draft; {@code invalid-request} (400) names every refused field.
	 * @param tenant the tenant's slug
	 * @param draft its content
	 * @return it, created (201)
	 */
	@PostExchange("/entries")
	Entry createEntry(@PathVariable("tenant") String tenant, @RequestBody EntryDraft draft);

	/**
	 * Saves its content (a published one shows it at once), and counts as a confirmation
	 * that it is current. Same refusals as creating.
	 * @param tenant the tenant's slug
	 * @param id the entry
	 * @param draft its new content
	 * @return it
	 */
	@PutExchange("/entries/{id}")
	Entry updateEntry(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody EntryDraft draft);

	/**
	 * Puts it on the site.
	 * @param tenant the tenant's slug
	 * @param id the entry
	 * @return it, {@link EntryStatus#PUBLISHED}
	 */
	@PostExchange("/entries/{id}/publish")
	Entry publishEntry(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Takes it off the site: a draft again.
	 * @param tenant the tenant's slug
	 * @param id the entry
	 * @return it, {@link EntryStatus#DRAFT}
	 */
	@PostExchange("/entries/{id}/unpublish")
	Entry unpublishEntry(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Records that the secretary checked it is current.
	 * @param tenant the tenant's slug
	 * @param id the entry
	 * @return it, confirmed now
	 */
	@PostExchange("/entries/{id}/confirm")
	Entry confirmEntry(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Deletes it, published or not.
	 * @param tenant the tenant's slug
	 * @param id the entry
	 */
	@DeleteExchange("/entries/{id}")
	void deleteEntry(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Gives it a photo (PNG, JPEG or WebP, {@code clocher.directory.max-photo-size} at
	 * most, 256 KB by default), replacing any other: {@code photo} (400) for a file too
	 * large or of another type, {@code alt} for a missing alternative text.
	 * @param tenant the tenant's slug
	 * @param id the entry
	 * @param alt what the photo shows, for those who cannot see it (250 characters at
	 * most)
	 * @param content the image's bytes
	 * @return it
	 */
	@PutExchange(url = "/entries/{id}/photo", contentType = "application/octet-stream")
	Entry putPhoto(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestParam(name = "alt", required = false) String alt, @RequestBody byte[] content);

	/**
	 * Removes its photo.
	 * @param tenant the tenant's slug
	 * @param id the entry
	 * @return it
	 */
	@DeleteExchange("/entries/{id}/photo")
	Entry deletePhoto(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
