package fr.clocher.announcements.ui.support;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import fr.clocher.announcements.api.AnnouncementStatus;

/**
 * What the lists and the editor show of any announcement, whatever its kind.
 *
 * @param id the announcement
 * @param title its title (an alert's "what")
 * @param detail a second line: a news item's category, an event's date and place, where
 * an alert is and until when; empty when there is none
 * @param status where it stands
 * @param publishAt when it was or will be published, null for a draft
 * @param updatedAt when it was last saved
 * @param publicPath its address on the site, null when it has none of its own
 */
public record Summary(UUID id, String title, String detail, AnnouncementStatus status, Instant publishAt,
		Instant updatedAt, String publicPath) {

	/** Whether the text filter finds {@code text} in its title or second line. */
	public boolean matches(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return wanted.isEmpty() || this.title.toLowerCase(Locale.ROOT).contains(wanted)
				|| this.detail.toLowerCase(Locale.ROOT).contains(wanted);
	}

}
