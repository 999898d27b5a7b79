package fr.clocher.announcements.service.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Publication;

/**
 * What the news, events and alerts controllers share: the same operations on one kind of
 * announcement, its draft checked by {@code check}, its rows shown by {@code view}. After
 * a change residents may see, the member communes' sites are touched when the tenant is a
 * group (outside the change's transaction, once it is committed).
 *
 * @param <D> the kind's draft
 * @param <R> the kind's record
 */
public class KindEndpoints<D, R> {

	private final Kind kind;

	private final AnnouncementService service;

	private final MemberSites members;

	private final Function<D, Content> check;

	private final BiFunction<StoredAnnouncement, Instant, R> view;

	public KindEndpoints(Kind kind, AnnouncementService service, MemberSites members, Function<D, Content> check,
			BiFunction<StoredAnnouncement, Instant, R> view) {
		this.kind = kind;
		this.service = service;
		this.members = members;
		this.check = check;
		this.view = view;
	}

	/** The rows in {@code status} (all but the archived ones when null) that pass. */
	public List<R> list(AnnouncementStatus status, Predicate<StoredAnnouncement> filter) {
		Instant now = this.service.now();
		return this.service.all(this.kind)
			.stream()
			.filter((row) -> (status != null) ? row.status(now) == status
					: row.status(now) != AnnouncementStatus.ARCHIVED)
			.filter(filter)
			.map((row) -> this.view.apply(row, now))
			.toList();
	}

	public R get(UUID id) {
		return show(this.service.get(this.kind, id));
	}

	public R create(D draft) {
		return show(this.service.create(this.kind, this.check.apply(draft)));
	}

	public R update(UUID id, D draft) {
		return shown(this.service.update(this.kind, id, this.check.apply(draft)));
	}

	public R publish(UUID id, Publication publication) {
		Instant at = (publication != null) ? publication.at() : null;
		StoredAnnouncement row = this.service.publish(this.kind, id, at);
		this.members.changed(row.onSite() ? List.of(row.id()) : List.of());
		return show(row);
	}

	public R unpublish(UUID id) {
		return shown(this.service.unpublish(this.kind, id));
	}

	public R archive(UUID id) {
		return shown(this.service.archive(this.kind, id));
	}

	public void delete(UUID id) {
		this.service.delete(this.kind, id);
		this.members.touch();
	}

	private R shown(StoredAnnouncement row) {
		this.members.touch();
		return show(row);
	}

	private R show(StoredAnnouncement row) {
		return this.view.apply(row, this.service.now());
	}

}
