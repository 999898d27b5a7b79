package fr.clocher.announcements.service.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A group's public announcements show on its member communes' sites, whose cached pages
 * are kept under each member's site version: when what a group shows changes, each
 * member's version is touched, one transaction per member under the member's own tenant
 * context; a group's new publications go to each member's subscribers too. Called after
 * the group's change is committed, outside any transaction.
 */
public class MemberSites {

	private final Publishers publishers;

	private final TenantWork work;

	private final SiteVersions versions;

	private final AnnouncementStore store;

	private final Clock clock;

	MemberSites(Publishers publishers, TenantWork work, SiteVersions versions, AnnouncementStore store, Clock clock) {
		this.publishers = publishers;
		this.work = work;
		this.versions = versions;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Touches the site version of every member of the current tenant (none for a
	 * commune).
	 * @return how many members
	 */
	public int touch() {
		return changed(List.of());
	}

	/**
	 * Touches the site version of every member of the current tenant, and puts the
	 * group's publications that have just appeared in each member's mail outbox for its
	 * subscribers.
	 * @param published the group's announcements that have just gone on its site
	 * @return how many members
	 */
	public int changed(List<UUID> published) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Member sites are touched once the group's change is committed");
		}
		int touched = 0;
		UUID group = TenantContext.require();
		Instant now = this.clock.instant();
		for (TenantRef member : this.publishers.members()) {
			this.work.runInTenant(member.id(), () -> {
				this.versions.touch();
				published.forEach((id) -> this.store.enqueueMail(group, id, now));
			});
			touched++;
		}
		return touched;
	}

}
