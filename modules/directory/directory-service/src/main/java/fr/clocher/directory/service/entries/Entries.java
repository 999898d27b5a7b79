package fr.clocher.directory.service.entries;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.EntryStatus;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.site.SiteVersions;

import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's entries: each change is checked first, then written in one
 * transaction with its line in the change log and, when residents see it, a new site
 * version.
 */
public class Entries {

	/** How long an entry stays current without anyone confirming it. */
	public static final int STALE_AFTER_MONTHS = 18;

	private final EntryStore store;

	private final Drafts drafts;

	private final Search search;

	private final ChangeLog log;

	private final SiteVersions versions;

	private final Clock clock;

	private final long maxPhotoSize;

	Entries(EntryStore store, Drafts drafts, Search search, ChangeLog log, SiteVersions versions, Clock clock,
			long maxPhotoSize) {
		this.store = store;
		this.drafts = drafts;
		this.search = search;
		this.log = log;
		this.versions = versions;
		this.clock = clock;
		this.maxPhotoSize = maxPhotoSize;
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** Whether an entry last confirmed then is stale now. */
	public boolean stale(Instant lastConfirmed) {
		return lastConfirmed.atOffset(ZoneOffset.UTC).plusMonths(STALE_AFTER_MONTHS).toInstant().isBefore(now());
	}

	@Transactional(readOnly = true)
	public List<StoredEntry> all(EntryStatus status, UUID category, String query, List<UUID> tenants, int limit) {
		if (query == null || query.isBlank()) {
			return this.store.all(status, category);
		}
		return this.search.find(tenants, query, false, limit)
			.stream()
			.filter((row) -> status == null || row.status() == status)
			.filter((row) -> category == null || row.categoryId().equals(category))
			.toList();
	}

	@Transactional(readOnly = true)
	public StoredEntry get(UUID id) {
		return this.store.find(id)
			.orElseThrow(() -> ApiProblem.notFound("entry-not-found", "id",
					LocalizedText.of("Aucune fiche n'a l'identifiant %s.", "No entry has the id %s.").formatted(id)));
	}

	@Transactional
	public StoredEntry create(EntryDraft draft) {
		return create(this.drafts.check(draft), EntryStatus.DRAFT);
	}

	/** Creates an entry from checked content, in the caller's transaction or its own. */
	@Transactional
	public StoredEntry create(Content content, EntryStatus status) {
		UUID id = UUID.randomUUID();
		this.store.insert(id, content, status, now());
		record("création", "created", content.name());
		touchIf(status == EntryStatus.PUBLISHED);
		return get(id);
	}

	@Transactional
	public StoredEntry update(UUID id, EntryDraft draft) {
		StoredEntry before = get(id);
		Content content = this.drafts.check(draft);
		this.store.update(id, content, now());
		record("modification", "edited", content.name());
		touchIf(before.published());
		return get(id);
	}

	@Transactional
	public StoredEntry publish(UUID id) {
		return status(id, EntryStatus.PUBLISHED, "publication", "published");
	}

	@Transactional
	public StoredEntry unpublish(UUID id) {
		return status(id, EntryStatus.DRAFT, "retrait du site", "unpublished");
	}

	@Transactional
	public StoredEntry confirm(UUID id) {
		StoredEntry row = get(id);
		this.store.confirm(id, now());
		record("confirmée à jour", "confirmed current", row.name());
		return get(id);
	}

	@Transactional
	public void delete(UUID id) {
		StoredEntry row = get(id);
		this.store.delete(id);
		record("suppression", "deleted", row.name());
		touchIf(row.published());
	}

	@Transactional
	public StoredEntry photo(UUID id, String alt, byte[] content) {
		StoredEntry row = get(id);
		Checks checks = new Checks();
		String type = Photos.check(content, alt, this.maxPhotoSize, checks);
		checks.throwIfAny();
		this.store.photo(id, type, content, Checks.clean(alt), now());
		record("photo", "photo", row.name());
		touchIf(row.published());
		return get(id);
	}

	@Transactional
	public StoredEntry deletePhoto(UUID id) {
		StoredEntry row = get(id);
		this.store.photo(id, null, null, null, now());
		record("photo retirée", "photo removed", row.name());
		touchIf(row.published());
		return get(id);
	}

	private StoredEntry status(UUID id, EntryStatus status, String fr, String en) {
		StoredEntry row = get(id);
		if (row.status() != status) {
			this.store.status(id, status, now());
			record(fr, en, row.name());
			this.versions.touch();
		}
		return get(id);
	}

	private void record(String fr, String en, String name) {
		this.log.record(Directory.KEY, LocalizedText.of("Fiche « %s » : " + fr, "Entry '%s': " + en).formatted(name));
	}

	private void touchIf(boolean residentsSeeIt) {
		if (residentsSeeIt) {
			this.versions.touch();
		}
	}

}
