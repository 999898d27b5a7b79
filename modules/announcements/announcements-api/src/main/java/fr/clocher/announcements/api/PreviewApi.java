package fr.clocher.announcements.api;

import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * An announcement as residents will see it, before it is published.
 */
@HttpExchange(Announcements.API)
public interface PreviewApi {

	/**
	 * The public page of a news item, event or alert of the tenant, whatever its status
	 * (a draft included), in the commune's frame, as a complete HTML document for a
	 * sandboxed frame; 404 {@code announcement-not-found} when the tenant has none of
	 * this id. Nothing of it becomes public.
	 * @param tenant the tenant's slug
	 * @param id the announcement
	 * @return the page
	 */
	@GetExchange("/preview/{id}")
	AnnouncementPreview preview(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
