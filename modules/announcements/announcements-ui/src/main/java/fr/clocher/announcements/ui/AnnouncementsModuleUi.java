package fr.clocher.announcements.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.icon.VaadinIcon;

import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.api.SubscriptionsApi;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.ui.alerts.AlertsCard;
import fr.clocher.announcements.ui.alerts.AlertsListView;
import fr.clocher.announcements.ui.alerts.QuickAlertView;
import fr.clocher.announcements.ui.events.EventsListView;
import fr.clocher.announcements.ui.intercommunal.IntercommunalView;
import fr.clocher.announcements.ui.news.NewsListView;
import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.ModuleMenuItem;
import fr.clocher.kernel.ui.ModuleUi;

/**
 * The announcements module's place in the workspace: its menu entries (the alert in three
 * fields among them, so that it is one click away on every screen) and its dashboard card
 * of the alerts on the site.
 */
public class AnnouncementsModuleUi implements ModuleUi {

	private final AlertsApi alertsApi;

	private final SubscriptionsApi subscriptionsApi;

	private final Clock clock;

	public AnnouncementsModuleUi(AlertsApi alertsApi, SubscriptionsApi subscriptionsApi, Clock clock) {
		this.alertsApi = alertsApi;
		this.subscriptionsApi = subscriptionsApi;
		this.clock = clock;
	}

	@Override
	public String moduleKey() {
		return Announcements.KEY;
	}

	@Override
	public List<ModuleMenuItem> menu() {
		return List.of(new ModuleMenuItem("announcements.nav.quick-alert", QuickAlertView.class, VaadinIcon.BELL),
				new ModuleMenuItem("announcements.nav.news", NewsListView.class, VaadinIcon.NEWSPAPER),
				new ModuleMenuItem("announcements.nav.events", EventsListView.class, VaadinIcon.CALENDAR),
				new ModuleMenuItem("announcements.nav.alerts", AlertsListView.class, VaadinIcon.WARNING),
				new ModuleMenuItem("announcements.nav.intercommunal", IntercommunalView.class, VaadinIcon.CLUSTER));
	}

	@Override
	public List<DashboardCard> dashboardCards() {
		return List.of(new AlertsCard(this.alertsApi, this.subscriptionsApi, this.clock));
	}

}
