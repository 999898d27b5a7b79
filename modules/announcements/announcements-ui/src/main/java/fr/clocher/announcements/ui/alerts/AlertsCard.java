package fr.clocher.announcements.ui.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.SubscriptionsApi;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.WorkspaceCommune;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The dashboard card: the alerts on the site now, soonest to end first, those ending
 * within a day marked, how many subscribers receive them by mail, and the way to post one
 * in three fields.
 */
public class AlertsCard implements DashboardCard {

	/** How close to its end an alert is said to be about to expire. */
	static final Duration SOON = Duration.ofHours(24);

	private final AlertsApi alertsApi;

	private final SubscriptionsApi subscriptionsApi;

	private final Clock clock;

	public AlertsCard(AlertsApi alertsApi, SubscriptionsApi subscriptionsApi, Clock clock) {
		this.alertsApi = alertsApi;
		this.subscriptionsApi = subscriptionsApi;
		this.clock = clock;
	}

	@Override
	public Optional<Component> render(WorkspaceCommune commune) {
		Div card = new Div(new H3(translate("announcements.card.title")));
		card.setId("announcements-card");
		try {
			List<Alert> active = this.alertsApi.alerts(commune.slug(), AnnouncementStatus.PUBLISHED)
				.stream()
				.sorted(Comparator.comparing(Alert::until))
				.toList();
			if (active.isEmpty()) {
				card.add(new Paragraph(translate("announcements.card.none")));
			}
			else {
				UnorderedList list = new UnorderedList();
				active.forEach((alert) -> list.add(item(alert)));
				card.add(list);
			}
			Paragraph subscribers = new Paragraph(translate("announcements.list.alert-subscribers",
					this.subscriptionsApi.subscriptions(commune.slug()).alertSubscribers()));
			subscribers.setId("announcements-card-subscribers");
			card.add(subscribers);
		}
		catch (RuntimeException failure) {
			card.add(new Paragraph(ApiError.of(failure, WorkspaceCommune.locale()).message()));
		}
		RouterLink post = new RouterLink(translate("announcements.card.post"), QuickAlertView.class);
		post.setId("announcements-card-post");
		card.add(post);
		return Optional.of(card);
	}

	private ListItem item(Alert alert) {
		RouterLink link = new RouterLink(alert.what(), AlertEditorView.class,
				new RouteParameters("id", alert.id().toString()));
		ListItem item = new ListItem(link, new Span(" — " + Alerts.where(alert)));
		Instant now = this.clock.instant();
		if (alert.until().isBefore(now.plus(SOON))) {
			Span soon = new Span(translate("announcements.card.expires-soon"));
			soon.getElement().getThemeList().add("badge warning");
			soon.addClassName("announcements-expires-soon");
			item.add(new Span(" "), soon);
		}
		return item;
	}

}
