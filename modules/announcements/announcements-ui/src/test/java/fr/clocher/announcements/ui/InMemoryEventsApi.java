package fr.clocher.announcements.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Event;
import fr.clocher.announcements.api.EventDraft;
import fr.clocher.announcements.api.EventsApi;
import fr.clocher.announcements.api.Publication;

import org.springframework.http.HttpStatus;

/**
 * One commune's events in memory, checked as the service checks them (a title, a start
 * and an end not before it), recording every change.
 */
public class InMemoryEventsApi extends Changes implements EventsApi {

	public final Map<UUID, Event> events = new LinkedHashMap<>();

	@Override
	void reset() {
		super.reset();
		this.events.clear();
	}

	/** Adds an event as the commune already has it, timed. */
	public Event add(String title, String place, LocalDateTime start, AnnouncementStatus status) {
		Instant now = Instant.now();
		UUID id = UUID.randomUUID();
		Event event = new Event(id, title, null, "", place, null, false, start, start.plusHours(2), status,
				(status == AnnouncementStatus.DRAFT) ? null : now, now, now, "/agenda/" + id);
		this.events.put(id, event);
		return event;
	}

	@Override
	public List<Event> events(String tenant, AnnouncementStatus status, Boolean upcoming) {
		return this.events.values()
			.stream()
			.filter((event) -> listed(event.status(), status))
			.filter((event) -> !Boolean.TRUE.equals(upcoming) || event.end().isAfter(LocalDateTime.now()))
			.sorted(Comparator.comparing(Event::start).reversed())
			.toList();
	}

	@Override
	public Event event(String tenant, UUID id) {
		Event event = this.events.get(id);
		if (event == null) {
			throw Problems.refusal(HttpStatus.NOT_FOUND, "event-not-found", "id", "Cet événement n'existe pas.");
		}
		return event;
	}

	@Override
	public Event createEvent(String tenant, EventDraft draft) {
		check(draft);
		change(tenant + " create " + draft.title());
		Event event = add(draft.title(), null, draft.start(), AnnouncementStatus.DRAFT);
		return store(event, draft, AnnouncementStatus.DRAFT, null);
	}

	@Override
	public Event updateEvent(String tenant, UUID id, EventDraft draft) {
		check(draft);
		change(tenant + " update " + draft.title());
		Event event = event(tenant, id);
		return store(event, draft, event.status(), event.publishAt());
	}

	@Override
	public Event publishEvent(String tenant, UUID id, Publication publication) {
		change(tenant + " publish " + event(tenant, id).title());
		return store(event(tenant, id), null, published(publication), publishAt(publication));
	}

	@Override
	public Event unpublishEvent(String tenant, UUID id) {
		change(tenant + " unpublish " + event(tenant, id).title());
		return store(event(tenant, id), null, AnnouncementStatus.DRAFT, null);
	}

	@Override
	public Event archiveEvent(String tenant, UUID id) {
		change(tenant + " archive " + event(tenant, id).title());
		return store(event(tenant, id), null, AnnouncementStatus.ARCHIVED, event(tenant, id).publishAt());
	}

	@Override
	public void deleteEvent(String tenant, UUID id) {
		change(tenant + " delete " + event(tenant, id).title());
		this.events.remove(id);
	}

	private static void check(EventDraft draft) {
		Problems problems = new Problems().required("title", draft.title())
			.required("start", draft.start())
			.required("end", draft.end());
		if (draft.start() != null && draft.end() != null && draft.end().isBefore(draft.start())) {
			problems.add("end", "L'événement ne peut pas finir avant de commencer.",
					"The event cannot end before it starts.");
		}
		if (draft.registrationUrl() != null && !draft.registrationUrl().startsWith("http")) {
			problems.add("registrationUrl", "Une adresse web commençant par https:// est attendue.",
					"A web address starting with https:// is expected.");
		}
		problems.throwIfAny();
	}

	private Event store(Event event, EventDraft draft, AnnouncementStatus status, Instant publishAt) {
		EventDraft content = (draft != null) ? draft : new EventDraft(event.title(), event.summary(), event.body(),
				event.place(), event.registrationUrl(), event.allDay(), event.start(), event.end());
		Event changed = new Event(event.id(), content.title(), content.summary(), content.body(), content.place(),
				content.registrationUrl(), Boolean.TRUE.equals(content.allDay()), content.start(), content.end(),
				status, publishAt, event.createdAt(), Instant.now(), event.publicPath());
		this.events.put(changed.id(), changed);
		return changed;
	}

}
