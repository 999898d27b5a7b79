package fr.clocher.announcements.ui.events;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.Event;
import fr.clocher.announcements.api.EventDraft;
import fr.clocher.announcements.api.EventsApi;
import fr.clocher.announcements.api.PreviewApi;
import fr.clocher.announcements.ui.support.AnnouncementEditor;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Writes one event of the agenda: whole days or timed, its place and registration link,
 * its publication now or at a set time, and taking it back, archiving or deleting it.
 */
@Route("announcements/events/:id")
@PageTitle("Événement")
@ModuleView(Announcements.KEY)
@PermitAll
public class EventEditorView extends AnnouncementEditor<Event, EventDraft> {

	public final EventForm form;

	public EventEditorView(EventsApi eventsApi, PreviewApi previewApi) {
		super(translate("announcements.events.edit"), translate("announcements.events.all"), Events.desk(eventsApi),
				EventsListView.class, previewApi);
		this.form = new EventForm(this.calls);
		build(this.form);
	}

}
