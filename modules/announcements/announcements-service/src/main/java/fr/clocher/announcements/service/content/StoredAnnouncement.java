package fr.clocher.announcements.service.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;

/**
 * An announcement row: the tenant that published it, what it says, and where its
 * publication stands.
 */
public record StoredAnnouncement(UUID tenantId, UUID id, Kind kind, String title, String summary, String body,
		String category, UUID imageId, String place, String registrationUrl, boolean allDay, LocalDateTime startsLocal,
		LocalDateTime endsLocal, Instant endsAt, String status, Instant publishAt, boolean onSite, Instant createdAt,
		Instant updatedAt) {

	/** Where it stands at {@code now}. */
	public AnnouncementStatus status(Instant now) {
		return switch (this.status) {
			case "DRAFT" -> AnnouncementStatus.DRAFT;
			case "ARCHIVED" -> AnnouncementStatus.ARCHIVED;
			default -> {
				if (this.kind == Kind.ALERT && !this.endsAt.isAfter(now)) {
					yield AnnouncementStatus.EXPIRED;
				}
				yield this.onSite ? AnnouncementStatus.PUBLISHED : AnnouncementStatus.SCHEDULED;
			}
		};
	}

	/** Its public address on a commune's site. */
	public String publicPath() {
		return this.kind.path(this.id);
	}

}
