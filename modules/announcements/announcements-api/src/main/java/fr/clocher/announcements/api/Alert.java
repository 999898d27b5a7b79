package fr.clocher.announcements.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An urgent alert as the secretary edits it.
 *
 * @param id the alert
 * @param what what happens
 * @param where where, or null
 * @param until when it ends
 * @param details more details, or null
 * @param status where it stands now ({@link AnnouncementStatus#EXPIRED} once
 * {@code until} has passed)
 * @param publishAt when it was or will be published, null for a draft
 * @param createdAt when it was created
 * @param updatedAt when it was last saved
 */
public record Alert(UUID id, String what, String where, Instant until, String details, AnnouncementStatus status,
		Instant publishAt, Instant createdAt, Instant updatedAt) {

}
