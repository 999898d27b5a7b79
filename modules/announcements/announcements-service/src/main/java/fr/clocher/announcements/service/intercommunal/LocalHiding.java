package fr.clocher.announcements.service.intercommunal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.Origin;
import fr.clocher.announcements.api.SharedAnnouncement;
import fr.clocher.announcements.service.content.AnnouncementStore;
import fr.clocher.announcements.service.content.Publishers;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.transaction.annotation.Transactional;

/**
 * A member commune's view of its groups' public announcements, and its choice to hide one
 * on its own site and feeds (a row of the commune's; the group's row is only read,
 * through the public-only policy).
 */
public class LocalHiding {

	private final AnnouncementStore store;

	private final Publishers publishers;

	private final ChangeLog log;

	private final SiteVersions versions;

	private final Clock clock;

	LocalHiding(AnnouncementStore store, Publishers publishers, ChangeLog log, SiteVersions versions, Clock clock) {
		this.store = store;
		this.publishers = publishers;
		this.log = log;
		this.versions = versions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SharedAnnouncement> shared() {
		List<TenantRef> groups = this.publishers.groups();
		Set<UUID> hidden = Set.copyOf(this.store.hidden());
		return this.store.groupRows(groups.stream().map(TenantRef::id).toList())
			.stream()
			.map((row) -> view(row, groups, hidden.contains(row.id())))
			.toList();
	}

	@Transactional
	public SharedAnnouncement hide(UUID id, boolean hide) {
		List<TenantRef> groups = this.publishers.groups();
		StoredAnnouncement row = this.store.groupRows(groups.stream().map(TenantRef::id).toList())
			.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(() -> ApiProblem.notFound("announcement-not-found", "id",
					LocalizedText
						.of("Aucune annonce de l'intercommunalité n'a l'identifiant %s.",
								"No announcement of the intercommunality has the id %s.")
						.formatted(id)));
		if (hide) {
			this.store.hide(row.tenantId(), id, this.clock.instant());
		}
		else {
			this.store.show(row.tenantId(), id);
		}
		this.log.record(Announcements.KEY, (hide
				? LocalizedText.of("Annonce intercommunale « %s » masquée", "Intercommunal announcement '%s' hidden")
				: LocalizedText.of("Annonce intercommunale « %s » affichée", "Intercommunal announcement '%s' shown"))
			.formatted(row.title()));
		this.versions.touch();
		return view(row, groups, hide);
	}

	private static SharedAnnouncement view(StoredAnnouncement row, List<TenantRef> groups, boolean hidden) {
		TenantRef group = groups.stream().filter((g) -> g.id().equals(row.tenantId())).findFirst().orElseThrow();
		return new SharedAnnouncement(row.id(), row.kind().name(), row.title(),
				new Origin(group.slug(), group.name(), true), row.publishAt(), hidden);
	}

}
