package fr.clocher.announcements.service.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.Event;
import fr.clocher.announcements.api.EventsApi;
import fr.clocher.announcements.api.EventDraft;
import fr.clocher.announcements.api.Publication;
import fr.clocher.announcements.service.content.AnnouncementService;
import fr.clocher.announcements.service.content.KindEndpoints;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.MemberSites;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.module.ModuleEndpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events of the agenda over HTTP.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class EventsController implements EventsApi {

	private final KindEndpoints<EventDraft, Event> endpoints;

	private final Clock clock;

	EventsController(AnnouncementService service, MemberSites members, ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.endpoints = new KindEndpoints<>(Kind.EVENT, service, members, service.drafts()::event,
				EventsController::event);
	}

	@Override
	public List<Event> events(String tenant, AnnouncementStatus status, Boolean upcoming) {
		LocalDateTime today = LocalDate.now(this.clock.withZone(Paris.ZONE)).atStartOfDay();
		return this.endpoints.list(status, (row) -> !Boolean.TRUE.equals(upcoming) || !row.endsLocal().isBefore(today));
	}

	@Override
	public Event event(String tenant, UUID id) {
		return this.endpoints.get(id);
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public Event createEvent(String tenant, EventDraft draft) {
		return this.endpoints.create(draft);
	}

	@Override
	public Event updateEvent(String tenant, UUID id, EventDraft draft) {
		return this.endpoints.update(id, draft);
	}

	@Override
	public Event publishEvent(String tenant, UUID id, Publication publication) {
		return this.endpoints.publish(id, publication);
	}

	@Override
	public Event unpublishEvent(String tenant, UUID id) {
		return this.endpoints.unpublish(id);
	}

	@Override
	public Event archiveEvent(String tenant, UUID id) {
		return this.endpoints.archive(id);
	}

	@Override
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void deleteEvent(String tenant, UUID id) {
		this.endpoints.delete(id);
	}

	private static Event event(StoredAnnouncement row, Instant now) {
		return new Event(row.id(), row.title(), row.summary(), row.body(), row.place(), row.registrationUrl(),
				row.allDay(), row.startsLocal(), row.endsLocal(), row.status(now), row.publishAt(), row.createdAt(),
				row.updatedAt(), row.publicPath());
	}

}
