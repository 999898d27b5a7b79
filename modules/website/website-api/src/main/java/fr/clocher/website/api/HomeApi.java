package fr.clocher.website.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The home page's own content: a welcome text and quick links.
 *
 * <p>
 * {@code tenant} is the commune's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.website.api package's conventions}.
 */
@HttpExchange(Website.API)
public interface HomeApi {

	/**
	 * The home page's own content: a welcome text and quick links.
	 * @param tenant the commune's slug
	 * @return the home content
	 */
	@GetExchange("/home")
	HomeContent home(@PathVariable("tenant") String tenant);

	/**
	 * Replaces the home page's content. Same link rules as the menu
	 * ({@code quickLinks[0].url}).
	 * @param tenant the commune's slug
	 * @param home the new content
	 * @return the content saved (welcome text sanitized)
	 */
	@PutExchange("/home")
	HomeContent updateHome(@PathVariable("tenant") String tenant, @RequestBody HomeContent home);

}
