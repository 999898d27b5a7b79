package fr.clocher.announcements.ui.alerts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.AudienceApi;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.announcements.api.SubscriptionsApi;
import fr.clocher.announcements.ui.support.AnnouncementList;
import fr.clocher.announcements.ui.support.Reach;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Every alert of the commune, newest first, filtered; the quickest way to post one is a
 * click away.
 */
@Route("announcements/alerts")
@PageTitle("Alertes")
@ModuleView(Announcements.KEY)
@PermitAll
public class AlertsListView extends AnnouncementList<Alert> {

	public AlertsListView(AlertsApi alertsApi, AudienceApi audienceApi, SubscriptionsApi subscriptionsApi) {
		super(translate("announcements.alerts.title"), translate("announcements.alerts.intro"),
				translate("announcements.alerts.new"), translate("announcements.alerts.empty"), Alerts.desk(alertsApi),
				AlertEditorView.class, new Reach(audienceApi, subscriptionsApi, SubscriptionCounts::alertSubscribers,
						"announcements.list.alert-subscribers"));
		Button quick = new Button(translate("announcements.quick.title"), VaadinIcon.BELL.create(),
				(event) -> getUI().ifPresent((ui) -> ui.navigate(QuickAlertView.class)));
		quick.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		quick.setId("quick-alert");
		addComponentAtIndex(2, quick);
	}

}
