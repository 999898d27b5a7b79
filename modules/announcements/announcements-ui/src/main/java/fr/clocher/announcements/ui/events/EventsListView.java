package fr.clocher.announcements.ui.events;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.AudienceApi;
import fr.clocher.announcements.api.Event;
import fr.clocher.announcements.api.EventsApi;
import fr.clocher.announcements.api.SubscriptionsApi;
import fr.clocher.announcements.ui.support.AnnouncementList;
import fr.clocher.announcements.ui.support.Reach;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The commune's agenda as the secretary keeps it, latest start first, filtered; the
 * events not ended yet on their own at a click.
 */
@Route("announcements/events")
@PageTitle("Agenda")
@ModuleView(Announcements.KEY)
@PermitAll
public class EventsListView extends AnnouncementList<Event> {

	/** Only the events not ended yet. */
	public final Checkbox upcoming = new Checkbox(translate("announcements.events.upcoming-only"));

	private final EventsApi eventsApi;

	public EventsListView(EventsApi eventsApi, AudienceApi audienceApi, SubscriptionsApi subscriptionsApi) {
		super(translate("announcements.events.title"), translate("announcements.events.intro"),
				translate("announcements.events.new"), translate("announcements.events.empty"), Events.desk(eventsApi),
				EventEditorView.class, Reach.unmailed(audienceApi, subscriptionsApi));
		this.eventsApi = eventsApi;
		this.upcoming.addValueChangeListener((event) -> load());
		addFilter(this.upcoming);
	}

	@Override
	protected List<Event> fetch(String tenant, AnnouncementStatus status) {
		return this.eventsApi.events(tenant, status, this.upcoming.getValue() ? Boolean.TRUE : null);
	}

}
