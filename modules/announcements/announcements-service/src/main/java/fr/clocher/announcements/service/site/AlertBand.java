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
 * The urgent alerts, high contrast, above every page's content while they are valid; an
 * alert leaves it by itself at its end (the sweep touches the site version then).
 */
class AlertBand implements SiteSlot {

	private static final int SHOWN = 5;

	private final PublicAnnouncements announcements;

	private final Views views;

	AlertBand(PublicAnnouncements announcements, Views views) {
		this.announcements = announcements;
		this.views = views;
	}

	@Override
	public String moduleKey() {
		return Announcements.KEY;
	}

	@Override
	public String area() {
		return ALERTS;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public Optional<String> render(SiteRequest request) {
		Publishing publishing = this.announcements.publishing();
		List<Map<String, Object>> alerts = this.announcements.current(publishing, Kind.ALERT, SHOWN, 0)
			.stream()
			.map((row) -> Views.model(row, publishing))
			.toList();
		if (alerts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.views.alertBand.execute(Map.of("items", alerts, "several", alerts.size() > 1)));
	}

}
