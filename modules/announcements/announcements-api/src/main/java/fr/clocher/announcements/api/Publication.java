package fr.clocher.announcements.api;

import java.time.Instant;

/**
 * When to publish an announcement.
 *
 * @param at the moment it becomes public; null (or a moment already past) publishes it
 * now
 */
public record Publication(Instant at) {

	/** Publication now. */
	public static Publication now() {
		return new Publication(null);
	}

}
