package fr.clocher.directory.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.directory.api.EntriesApi;
import fr.clocher.directory.api.Entry;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.EntryStatus;

/** The entries, in memory: what the screens sent, and a refusal to throw when set. */
public class InMemoryEntriesApi implements EntriesApi {

	public final Map<UUID, Entry> entries = new LinkedHashMap<>();

	public final List<Object> calls = new ArrayList<>();

	public final List<String> queries = new ArrayList<>();

	public RuntimeException failure;

	public void reset() {
		this.entries.clear();
		this.calls.clear();
		this.queries.clear();
		this.failure = null;
	}

	public Entry add(String name, UUID category, EntryStatus status, boolean stale) {
		UUID id = UUID.randomUUID();
		Entry entry = new Entry(id, name, category, null, null, null, null, null, null, null, null, List.of(), null,
				null, status, Instant.parse("2026-01-01T00:00:00Z"), stale, Instant.parse("2026-01-01T00:00:00Z"),
				"/annuaire/" + id);
		this.entries.put(id, entry);
		return entry;
	}

	@Override
	public List<Entry> entries(String tenant, EntryStatus status, UUID category, String query) {
		this.queries.add(query);
		return this.entries.values()
			.stream()
			.filter((entry) -> query == null || entry.name().toLowerCase().contains(query.toLowerCase()))
			.toList();
	}

	@Override
	public Entry entry(String tenant, UUID id) {
		return this.entries.get(id);
	}

	@Override
	public Entry createEntry(String tenant, EntryDraft draft) {
		return save(UUID.randomUUID(), draft, EntryStatus.DRAFT);
	}

	@Override
	public Entry updateEntry(String tenant, UUID id, EntryDraft draft) {
		return save(id, draft, this.entries.get(id).status());
	}

	private Entry save(UUID id, EntryDraft draft, EntryStatus status) {
		fail();
		this.calls.add(draft);
		Entry entry = new Entry(id, draft.name(), draft.categoryId(), draft.description(), draft.address(), null,
				draft.latitude(), draft.longitude(), draft.phone(), draft.email(), draft.website(),
				draft.openingHours(), draft.siret(), null, status, Instant.now(), false, Instant.now(),
				"/annuaire/" + id);
		this.entries.put(id, entry);
		return entry;
	}

	@Override
	public Entry publishEntry(String tenant, UUID id) {
		return status(id, EntryStatus.PUBLISHED);
	}

	@Override
	public Entry unpublishEntry(String tenant, UUID id) {
		return status(id, EntryStatus.DRAFT);
	}

	private Entry status(UUID id, EntryStatus status) {
		fail();
		Entry e = this.entries.get(id);
		Entry changed = new Entry(e.id(), e.name(), e.categoryId(), e.description(), e.address(), e.communeId(),
				e.latitude(), e.longitude(), e.phone(), e.email(), e.website(), e.openingHours(), e.siret(),
				e.photoAlt(), status, e.lastConfirmedAt(), e.stale(), Instant.now(), e.publicPath());
		this.entries.put(id, changed);
		this.calls.add(status);
		return changed;
	}

	@Override
	public Entry confirmEntry(String tenant, UUID id) {
		return this.entries.get(id);
	}

	@Override
	public void deleteEntry(String tenant, UUID id) {
		this.entries.remove(id);
	}

	@Override
	public Entry putPhoto(String tenant, UUID id, String alt, byte[] content) {
		return this.entries.get(id);
	}

	@Override
	public Entry deletePhoto(String tenant, UUID id) {
		return this.entries.get(id);
	}

	private void fail() {
		if (this.failure != null) {
			throw this.failure;
		}
	}

}
