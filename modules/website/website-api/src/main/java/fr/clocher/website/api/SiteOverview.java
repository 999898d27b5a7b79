package fr.clocher.website.api;

import java.time.Instant;
import java.util.List;

/**
 * The site at a glance.
 *
 * @param siteUrl the site's address on the commune's host
 * ({@code http://<slug>.<domain>/})
 * @param online false while the commune is suspended (the site then shows a "temporarily
 * unavailable" page)
 * @param version the site's version, which moves with every change residents may see
 * @param lastChangedAt when it last moved, null if never
 * @param host who hosts the site, as the legal notices say
 * @param limits what uploads may be
 * @param sitePaths the site's own pages a menu entry or a quick link may open (home,
 * council, generated pages, other modules' pages)
 */
public record SiteOverview(String siteUrl, boolean online, long version, Instant lastChangedAt, HostingProvider host,
		UploadLimits limits, List<SitePath> sitePaths) {

	public SiteOverview {
		sitePaths = List.copyOf(sitePaths);
	}

}
