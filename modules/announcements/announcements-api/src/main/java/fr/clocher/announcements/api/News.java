package fr.clocher.announcements.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A news item as the secretary edits it.
 *
 * @param id the item
 * @param title its title
 * @param summary its summary, or null
 * @param body its body, sanitized HTML
 * @param category its category, or null
 * @param imageId its image, or null
 * @param status where it stands now
 * @param publishAt when it was or will be published, null for a draft
 * @param createdAt when it was created
 * @param updatedAt when it was last saved
 * @param publicPath its site-relative address ({@code /actualites/<id>})
 */
public record News(UUID id, String title, String summary, String body, String category, UUID imageId,
		AnnouncementStatus status, Instant publishAt, Instant createdAt, Instant updatedAt, String publicPath) {

}
