package fr.clocher.announcements.service.site;

import java.util.List;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.kernel.site.SiteHeadLink;
import fr.clocher.kernel.site.SiteHeadLinks;
import fr.clocher.kernel.site.SiteRequest;

/**
 * The feeds, named in the head of every page of the commune's site for feed readers' and
 * calendars' autodiscovery.
 */
class FeedLinks implements SiteHeadLinks {

	@Override
	public String moduleKey() {
		return Announcements.KEY;
	}

	@Override
	public List<SiteHeadLink> links(SiteRequest request) {
		String commune = request.tenant().name();
		return List.of(SiteHeadLink.feed("application/rss+xml", "Actualités – " + commune, Feeds.NEWS_FEED),
				SiteHeadLink.feed("application/rss+xml", "Alertes – " + commune, Feeds.ALERTS_FEED),
				SiteHeadLink.feed("text/calendar", "Agenda – " + commune, Feeds.AGENDA_FEED));
	}

}
