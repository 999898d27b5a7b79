package fr.clocher.announcements.service.content;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.site.SiteVersions;

import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's announcements: drafts, publication now or at a set time,
 * unpublishing, archiving. Each change is checked first, then written in one transaction
 * with its line in the change log and, when it changes what residents see, a new site
 * version (so the public pages revalidate when the change is kept, not before).
 */
public class AnnouncementService {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
		.withZone(Paris.ZONE);

	private final AnnouncementStore store;

	private final Drafts drafts;

	private final ChangeLog log;

	private final SiteVersions versions;

	private final DueWork due;

	private final Clock clock;

	AnnouncementService(AnnouncementStore store, Drafts drafts, ChangeLog log, SiteVersions versions, DueWork due,
			Clock clock) {
		this.store = store;
		this.drafts = drafts;
		this.log = log;
		this.versions = versions;
		this.due = due;
		this.clock = clock;
	}

	public Drafts drafts() {
		return this.drafts;
	}

	public Instant now() {
		return this.clock.instant();
	}

	@Transactional(readOnly = true)
	public List<StoredAnnouncement> all(Kind kind) {
		return this.store.all(kind);
	}

	@Transactional(readOnly = true)
	public StoredAnnouncement get(Kind kind, UUID id) {
		return this.store.find(kind, id)
			.orElseThrow(() -> ApiProblem.notFound(kind.code() + "-not-found", "id",
					LocalizedText.of("Aucun élément « %s » n'a l'identifiant %s.", "No %s has the id %s.")
						.formatted(kind.label().fr(), id)));
	}

	@Transactional
	public StoredAnnouncement create(Kind kind, Content content) {
		UUID id = UUID.randomUUID();
		this.store.insert(id, kind, content, now());
		record(kind, content.title(), "création", "created");
		return get(kind, id);
	}

	@Transactional
	public StoredAnnouncement update(Kind kind, UUID id, Content content) {
		StoredAnnouncement before = get(kind, id);
		if (kind == Kind.ALERT && before.onSite()) {
			this.due.due(DueWork.Work.SWEEP, content.endsAt());
		}
		this.store.update(id, content, now());
		record(kind, content.title(), "modification", "edited");
		touchIf(before.onSite());
		return get(kind, id);
	}

	@Transactional
	public StoredAnnouncement publish(Kind kind, UUID id, Instant at) {
		StoredAnnouncement row = get(kind, id);
		Instant now = now();
		Instant when = (at == null || at.isBefore(now)) ? now : at;
		this.drafts.checkPublication(row, when);
		// Marked first, before the row changes (see DueWork#lock): the sweep puts it on
		// the site then, or takes an alert off at its end.
		if (when.isAfter(now)) {
			this.due.due(DueWork.Work.SWEEP, when);
		}
		else if (kind == Kind.ALERT) {
			this.due.due(DueWork.Work.SWEEP, row.endsAt());
		}
		this.store.publish(id, when, now);
		if (when.isAfter(now)) {
			record(kind, row.title(), "publication programmée le " + WHEN.format(when),
					"publication scheduled for " + when);
		}
		else {
			record(kind, row.title(), "publication", "published");
			this.store.enqueueMail(row.tenantId(), id, now);
		}
		touchIf(row.onSite() || !when.isAfter(now));
		return get(kind, id);
	}

	@Transactional
	public StoredAnnouncement unpublish(Kind kind, UUID id) {
		return withdraw(kind, id, "DRAFT", "retrait du site", "unpublished");
	}

	@Transactional
	public StoredAnnouncement archive(Kind kind, UUID id) {
		return withdraw(kind, id, "ARCHIVED", "archivage", "archived");
	}

	@Transactional
	public void delete(Kind kind, UUID id) {
		StoredAnnouncement row = get(kind, id);
		this.store.delete(id);
		record(kind, row.title(), "suppression", "deleted");
		touchIf(row.onSite());
	}

	private StoredAnnouncement withdraw(Kind kind, UUID id, String status, String fr, String en) {
		StoredAnnouncement row = get(kind, id);
		this.store.setStatus(id, status, now());
		record(kind, row.title(), fr, en);
		touchIf(row.onSite());
		return get(kind, id);
	}

	private void record(Kind kind, String title, String fr, String en) {
		this.log.record(Announcements.KEY,
				LocalizedText.of(kind.label().fr() + " « %s » : " + fr, kind.label().en() + " '%s': " + en)
					.formatted(title));
	}

	private void touchIf(boolean residentsSeeIt) {
		if (residentsSeeIt) {
			this.versions.touch();
		}
	}

}
