package fr.clocher.announcements.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.IntercommunalApi;
import fr.clocher.announcements.api.Origin;
import fr.clocher.announcements.api.SharedAnnouncement;

/**
 * What the commune's intercommunality publishes, in memory, with the commune's hidden
 * flags; records every change.
 */
public class InMemoryIntercommunalApi extends Changes implements IntercommunalApi {

	public final List<SharedAnnouncement> shared = new ArrayList<>();

	public int reads;

	@Override
	void reset() {
		super.reset();
		this.shared.clear();
		this.reads = 0;
	}

	/** Adds an announcement of the Communauté de communes du Val. */
	public SharedAnnouncement add(String kind, String title, boolean hidden) {
		SharedAnnouncement item = new SharedAnnouncement(UUID.randomUUID(), kind, title,
				new Origin("cc-du-val", "Communauté de communes du Val", true), Instant.now(), hidden);
		this.shared.add(item);
		return item;
	}

	@Override
	public List<SharedAnnouncement> shared(String tenant) {
		this.reads++;
		return List.copyOf(this.shared);
	}

	@Override
	public SharedAnnouncement hide(String tenant, UUID id) {
		return flag(tenant, id, true);
	}

	@Override
	public SharedAnnouncement show(String tenant, UUID id) {
		return flag(tenant, id, false);
	}

	private SharedAnnouncement flag(String tenant, UUID id, boolean hidden) {
		SharedAnnouncement item = this.shared.stream()
			.filter((known) -> known.id().equals(id))
			.findFirst()
			.orElseThrow();
		change(tenant + (hidden ? " hide " : " show ") + item.title());
		SharedAnnouncement changed = new SharedAnnouncement(item.id(), item.kind(), item.title(), item.origin(),
				item.publishedAt(), hidden);
		this.shared.set(this.shared.indexOf(item), changed);
		return changed;
	}

}
