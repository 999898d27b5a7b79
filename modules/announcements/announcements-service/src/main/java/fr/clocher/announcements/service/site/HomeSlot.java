package fr.clocher.announcements.service.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.Publishers.Publishing;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteSlot;

/**
 * The home page's latest news and next events (three of each), the commune's and its
 * groups'.
 */
class HomeSlot implements SiteSlot {

	private static final int SHOWN = 3;

	private final PublicAnnouncements announcements;

	private final Views views;

	HomeSlot(PublicAnnouncements announcements, Views views) {
		this.announcements = announcements;
		this.views = views;
	}

	@Override
	public String moduleKey() {
		return Announcements.KEY;
	}

	@Override
	public String area() {
		return HOME;
	}

	@Override
	public Optional<String> render(SiteRequest request) {
		Publishing publishing = this.announcements.publishing();
		List<Map<String, Object>> news = models(publishing, Kind.NEWS);
		List<Map<String, Object>> events = models(publishing, Kind.EVENT);
		if (news.isEmpty() && events.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.views.home.execute(
				Map.of("hasNews", !news.isEmpty(), "news", news, "hasEvents", !events.isEmpty(), "events", events)));
	}

	private List<Map<String, Object>> models(Publishing publishing, Kind kind) {
		return this.announcements.current(publishing, kind, SHOWN, 0)
			.stream()
			.map((row) -> Views.model(row, publishing))
			.toList();
	}

}
