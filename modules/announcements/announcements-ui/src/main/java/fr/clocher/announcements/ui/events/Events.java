package fr.clocher.announcements.ui.events;

import fr.clocher.announcements.api.Event;
import fr.clocher.announcements.api.EventDraft;
import fr.clocher.announcements.api.EventsApi;
import fr.clocher.announcements.ui.support.Dates;
import fr.clocher.announcements.ui.support.Desk;
import fr.clocher.announcements.ui.support.Summary;

/**
 * Events as the screens handle them, through {@link EventsApi}.
 */
final class Events {

	private Events() {
	}

	static Desk<Event, EventDraft> desk(EventsApi api) {
		return new Desk<>((tenant, status) -> api.events(tenant, status, null), api::event, api::createEvent,
				api::updateEvent, api::publishEvent, api::unpublishEvent, api::archiveEvent, api::deleteEvent,
				Events::summary);
	}

	/** Its title, and when and where ("14 mars 2099 14:00, Salle des fêtes"). */
	static Summary summary(Event event) {
		String when = event.allDay() ? Dates.formatDay(event.start()) : Dates.format(event.start());
		String detail = (event.place() != null && !event.place().isBlank()) ? when + ", " + event.place() : when;
		return new Summary(event.id(), event.title(), detail, event.status(), event.publishAt(), event.updatedAt(),
				event.publicPath());
	}

}
