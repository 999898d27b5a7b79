package fr.clocher.website.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The site at a glance, for the workspace's card and the screens that link to the site.
 *
 * <p>
 * {@code tenant} is the commune's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.website.api package's conventions}.
 */
@HttpExchange(Website.API)
public interface SiteOverviewApi {

	/**
	 * The site at a glance: its addresses, version, the host, the upload limits, and the
	 * site's own pages a menu or a link may point to.
	 * @param tenant the commune's slug
	 * @return the overview
	 */
	@GetExchange
	SiteOverview overview(@PathVariable("tenant") String tenant);

}
