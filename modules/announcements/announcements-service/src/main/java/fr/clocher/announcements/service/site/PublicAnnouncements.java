package fr.clocher.announcements.service.site;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.announcements.service.content.AnnouncementStore;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.Publishers;
import fr.clocher.announcements.service.content.Publishers.Publishing;
import fr.clocher.announcements.service.content.StoredAnnouncement;

/**
 * What a commune's site shows now: its own public announcements and its groups' (less
 * those it hides), for the pages, the slots and the feeds alike. Read in the commune's
 * tenant context; the groups' rows come through the public-only policy.
 */
public class PublicAnnouncements {

	private final AnnouncementStore store;

	private final Publishers publishers;

	private final Clock clock;

	PublicAnnouncements(AnnouncementStore store, Publishers publishers, Clock clock) {
		this.store = store;
		this.publishers = publishers;
		this.clock = clock;
	}

	/** Who publishes for the current commune's site. */
	public Publishing publishing() {
		return this.publishers.forCurrentTenant();
	}

	public Instant now() {
		return this.clock.instant();
	}

	public List<StoredAnnouncement> current(Publishing publishing, Kind kind, int limit, int offset) {
		return this.store.publicRows(kind, publishing.ids(), now(), limit, offset);
	}

	public int count(Publishing publishing, Kind kind) {
		return this.store.countPublic(kind, publishing.ids(), now());
	}

	/** One public announcement, even past (an ended event keeps its page). */
	public Optional<StoredAnnouncement> one(Publishing publishing, Kind kind, UUID id) {
		return this.store.publicRow(kind, id, publishing.ids());
	}

}
