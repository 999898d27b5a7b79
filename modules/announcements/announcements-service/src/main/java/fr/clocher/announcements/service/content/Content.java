package fr.clocher.announcements.service.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * What an announcement says, checked and cleaned: the columns a draft fills, the others
 * null.
 */
public record Content(String title, String summary, String body, String category, UUID imageId, String place,
		String registrationUrl, boolean allDay, LocalDateTime startsLocal, LocalDateTime endsLocal, Instant endsAt) {

}
