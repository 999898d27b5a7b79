package fr.clocher.website.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The site's menu: pages, links and groups, one level of nesting.
 *
 * <p>
 * {@code tenant} is the commune's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.website.api package's conventions}.
 */
@HttpExchange(Website.API)
public interface MenuApi {

	/**
	 * The site's menu.
	 * @param tenant the commune's slug
	 * @return the menu, in order
	 */
	@GetExchange("/menu")
	Menu menu(@PathVariable("tenant") String tenant);

	/**
	 * Replaces the whole menu (order = list order). Refused ({@code invalid-request}) for
	 * a second level of nesting, an unknown page, a link that is neither
	 * {@code http(s)://} nor a site path, a missing label; field names are like
	 * {@code entries[1].children[0].url}. An entry pointing to an unpublished page is
	 * kept but shown to residents only once the page is published.
	 * @param tenant the commune's slug
	 * @param menu the new menu
	 * @return the menu saved
	 */
	@PutExchange("/menu")
	Menu updateMenu(@PathVariable("tenant") String tenant, @RequestBody Menu menu);

}
