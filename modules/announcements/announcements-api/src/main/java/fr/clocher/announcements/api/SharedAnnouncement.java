package fr.clocher.announcements.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An announcement of the commune's intercommunality (or syndicate), shown on the
 * commune's site unless the commune hides it.
 *
 * @param id the announcement
 * @param kind {@code NEWS}, {@code EVENT} or {@code ALERT}
 * @param title its title (an alert's "what")
 * @param origin the group that published it
 * @param publishedAt when it was published
 * @param hidden true when the commune does not show it
 */
public record SharedAnnouncement(UUID id, String kind, String title, Origin origin, Instant publishedAt,
		boolean hidden) {

}
