package fr.clocher.website.api;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The pages the secretary writes: drafts, publication, preview in the commune's frame.
 *
 * <p>
 * {@code tenant} is the commune's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.website.api package's conventions}.
 */
@HttpExchange(Website.API)
public interface PagesApi {

	/**
	 * Every page, published or not, by title.
	 * @param tenant the commune's slug
	 * @return the pages
	 */
	@GetExchange("/pages")
	List<PageSummary> pages(@PathVariable("tenant") String tenant);

	/**
	 * One page as the secretary edits it (the draft, which is the published text unless
	 * the status is {@link PageStatus#CHANGED}).
	 * @param tenant the commune's slug
	 * @param id the page
	 * @return the page
	 */
	@GetExchange("/pages/{id}")
	Page page(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Creates a page as a draft (not public until published). Refused with
	 * {@code slug-taken} (409) when another page has the slug, as its draft's address or
	 * as the address it is published at, naming it; {@code invalid-request} (400) for a
	 * missing title, a malformed slug, an image without alternative text.
	 * @param tenant the commune's slug
	 * @param draft the page's content
	 * @return the page created (201)
	 */
	@PostExchange("/pages")
	Page createPage(@PathVariable("tenant") String tenant, @RequestBody PageDraft draft);

	/**
	 * Saves the page's draft. A published page stays public with its published text, at
	 * its published address, and becomes {@link PageStatus#CHANGED} until published
	 * again: a new slug becomes its address only then (the old address then answers 404).
	 * Same refusals as {@link #createPage}.
	 * @param tenant the commune's slug
	 * @param id the page
	 * @param draft the page's new content
	 * @return the page
	 */
	@PutExchange("/pages/{id}")
	Page updatePage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id, @RequestBody PageDraft draft);

	/**
	 * Deletes a page, published or not, and removes it from the menu and the quick links.
	 * @param tenant the commune's slug
	 * @param id the page
	 */
	@DeleteExchange("/pages/{id}")
	void deletePage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Makes the draft public, at the draft's slug: {@link Page#publicPath()} then names
	 * it.
	 * @param tenant the commune's slug
	 * @param id the page
	 * @return the page, {@link PageStatus#PUBLISHED}
	 */
	@PostExchange("/pages/{id}/publish")
	Page publishPage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Takes the page off the public site; the draft is kept.
	 * @param tenant the commune's slug
	 * @param id the page
	 * @return the page, {@link PageStatus#DRAFT}
	 */
	@PostExchange("/pages/{id}/unpublish")
	Page unpublishPage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The saved draft as residents would see it once published, in the commune's frame.
	 * @param tenant the commune's slug
	 * @param id the page
	 * @return a complete HTML document
	 */
	@GetExchange("/pages/{id}/preview")
	PagePreview previewPage(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Content not saved yet as residents would see it, in the commune's frame; nothing is
	 * stored. The body is sanitized as it would be on saving; an empty title is shown as
	 * such, not refused.
	 * @param tenant the commune's slug
	 * @param draft the content being edited
	 * @return a complete HTML document
	 */
	@PostExchange("/pages/preview")
	PagePreview previewDraft(@PathVariable("tenant") String tenant, @RequestBody PageDraft draft);

}
