package fr.clocher.announcements.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An event as the secretary edits it; times in Paris time.
 *
 * @param id the event
 * @param title its title
 * @param summary its summary, or null
 * @param body its body, sanitized HTML
 * @param place where it happens, or null
 * @param registrationUrl where to register, or null
 * @param allDay whether it lasts whole days
 * @param start when it starts
 * @param end when it ends
 * @param status where it stands now
 * @param publishAt when it was or will be published, null for a draft
 * @param createdAt when it was created
 * @param updatedAt when it was last saved
 * @param publicPath its site-relative address ({@code /agenda/<id>})
 */
public record Event(UUID id, String title, String summary, String body, String place, String registrationUrl,
		boolean allDay, LocalDateTime start, LocalDateTime end, AnnouncementStatus status, Instant publishAt,
		Instant createdAt, Instant updatedAt, String publicPath) {

}
