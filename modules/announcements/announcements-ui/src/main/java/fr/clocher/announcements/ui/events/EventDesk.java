package fr.clocher.announcements.ui.events;

import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Event;
import fr.clocher.announcements.api.EventDraft;
import fr.clocher.announcements.api.EventsApi;
import fr.clocher.announcements.api.Publication;
import fr.clocher.announcements.ui.support.Dates;
import fr.clocher.announcements.ui.support.Desk;
import fr.clocher.announcements.ui.support.Summary;

/**
 * Events through {@link EventsApi}.
 */
class EventDesk implements Desk<Event, EventDraft> {

	private final EventsApi api;

	EventDesk(EventsApi api) {
		this.api = api;
	}

	@Override
	public List<Event> list(String tenant, AnnouncementStatus status) {
		return this.api.events(tenant, status, null);
	}

	@Override
	public Event get(String tenant, UUID id) {
		return this.api.event(tenant, id);
	}

	@Override
	public Event create(String tenant, EventDraft draft) {
		return this.api.createEvent(tenant, draft);
	}

	@Override
	public Event update(String tenant, UUID id, EventDraft draft) {
		return this.api.updateEvent(tenant, id, draft);
	}

	@Override
	public Event publish(String tenant, UUID id, Publication publication) {
		return this.api.publishEvent(tenant, id, publication);
	}

	@Override
	public Event unpublish(String tenant, UUID id) {
		return this.api.unpublishEvent(tenant, id);
	}

	@Override
	public Event archive(String tenant, UUID id) {
		return this.api.archiveEvent(tenant, id);
	}

	@Override
	public void delete(String tenant, UUID id) {
		this.api.deleteEvent(tenant, id);
	}

	@Override
	public Summary summary(Event event) {
		String when = event.allDay() ? Dates.formatDay(event.start()) : Dates.format(event.start());
		String detail = (event.place() != null && !event.place().isBlank()) ? when + ", " + event.place() : when;
		return new Summary(event.id(), event.title(), detail, event.status(), event.publishAt(), event.updatedAt(),
				event.publicPath());
	}

}
