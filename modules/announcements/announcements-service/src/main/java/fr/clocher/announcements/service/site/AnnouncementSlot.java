package fr.clocher.announcements.service.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.samskivert.mustache.Template;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.Publishers.Publishing;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteSlot;

/**
 * The module's fragments in the site's areas: on the home page the latest news and next
 * events ({@link #home}); above every page's content the urgent alerts, high contrast,
 * while valid ({@link #alerts}: an alert leaves the band by itself at its end, when the
 * sweep touches the site version). The commune's own and its groups', nothing when there
 * is nothing to show.
 */
final class AnnouncementSlot implements SiteSlot {

	private final String area;

	private final int order;

	private final PublicAnnouncements announcements;

	private final Function<Publishing, Optional<Map<String, Object>>> model;

	private final Template template;

	private AnnouncementSlot(String area, int order, PublicAnnouncements announcements, Template template,
			Function<Publishing, Optional<Map<String, Object>>> model) {
		this.area = area;
		this.order = order;
		this.announcements = announcements;
		this.template = template;
		this.model = model;
	}

	/** Three latest news items and three next events, on the home page. */
	static AnnouncementSlot home(PublicAnnouncements announcements, Views views) {
		return new AnnouncementSlot(HOME, 100, announcements, views.home, (publishing) -> {
			List<Map<String, Object>> news = models(announcements, publishing, Kind.NEWS, 3);
			List<Map<String, Object>> events = models(announcements, publishing, Kind.EVENT, 3);
			return (news.isEmpty() && events.isEmpty()) ? Optional.empty() : Optional
				.of(Map.of("hasNews", !news.isEmpty(), "news", news, "hasEvents", !events.isEmpty(), "events", events));
		});
	}

	/** The valid alerts (five at most), first in the alert band of every page. */
	static AnnouncementSlot alerts(PublicAnnouncements announcements, Views views) {
		return new AnnouncementSlot(ALERTS, 0, announcements, views.alertBand, (publishing) -> {
			List<Map<String, Object>> alerts = models(announcements, publishing, Kind.ALERT, 5);
			return alerts.isEmpty() ? Optional.empty()
					: Optional.of(Map.of("items", alerts, "several", alerts.size() > 1));
		});
	}

	@Override
	public String moduleKey() {
		return Announcements.KEY;
	}

	@Override
	public String area() {
		return this.area;
	}

	@Override
	public int order() {
		return this.order;
	}

	@Override
	public Optional<String> render(SiteRequest request) {
		return this.model.apply(this.announcements.publishing()).map(this.template::execute);
	}

	private static List<Map<String, Object>> models(PublicAnnouncements announcements, Publishing publishing, Kind kind,
			int shown) {
		return announcements.current(publishing, kind, shown, 0)
			.stream()
			.map((row) -> Views.model(row, publishing))
			.toList();
	}

}
