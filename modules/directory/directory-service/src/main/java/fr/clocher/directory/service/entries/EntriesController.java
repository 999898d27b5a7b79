package fr.clocher.directory.service.entries;

import java.util.List;
import java.util.UUID;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntriesApi;
import fr.clocher.directory.api.Entry;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.EntryStatus;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.site.MemberSiteVersions;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entries over HTTP.
 */
@RestController
@ModuleEndpoint(Directory.KEY)
class EntriesController implements EntriesApi {

	private static final int SEARCH_LIMIT = 200;

	private final Entries entries;

	private final MemberSiteVersions members;

	EntriesController(Entries entries, MemberSiteVersions members) {
		this.entries = entries;
		this.members = members;
	}

	@Override
	public List<Entry> entries(String tenant, EntryStatus status, UUID category, String query) {
		return this.entries.all(status, category, query, List.of(TenantContext.require()), SEARCH_LIMIT)
			.stream()
			.map(this::entry)
			.toList();
	}

	@Override
	public Entry entry(String tenant, UUID id) {
		return entry(this.entries.get(id));
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public Entry createEntry(String tenant, EntryDraft draft) {
		return entry(this.entries.create(draft));
	}

	@Override
	public Entry updateEntry(String tenant, UUID id, EntryDraft draft) {
		return shown(entry(this.entries.update(id, draft)));
	}

	@Override
	public Entry publishEntry(String tenant, UUID id) {
		return shown(entry(this.entries.publish(id)));
	}

	@Override
	public Entry unpublishEntry(String tenant, UUID id) {
		return shown(entry(this.entries.unpublish(id)));
	}

	@Override
	public Entry confirmEntry(String tenant, UUID id) {
		return entry(this.entries.confirm(id));
	}

	@Override
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void deleteEntry(String tenant, UUID id) {
		this.entries.delete(id);
		this.members.touchMembers();
	}

	/** An entry after a change residents may see: the members' sites follow. */
	private Entry shown(Entry entry) {
		this.members.touchMembers();
		return entry;
	}

	@Override
	public Entry putPhoto(String tenant, UUID id, String alt, byte[] content) {
		return shown(entry(this.entries.photo(id, alt, content)));
	}

	@Override
	public Entry deletePhoto(String tenant, UUID id) {
		return shown(entry(this.entries.deletePhoto(id)));
	}

	private Entry entry(StoredEntry row) {
		return new Entry(row.id(), row.name(), row.categoryId(), row.description(), row.address(), row.communeId(),
				row.latitude(), row.longitude(), row.phone(), row.email(), row.website(), row.openingHours(),
				row.siret(), row.photoAlt(), row.status(), row.lastConfirmedAt(),
				this.entries.stale(row.lastConfirmedAt()), row.updatedAt(), row.publicPath());
	}

}
