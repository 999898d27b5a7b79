package fr.clocher.announcements.service.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.announcements.service.content.AnnouncementStore;
import fr.clocher.announcements.service.content.DueWork;
import fr.clocher.announcements.service.content.MemberSites;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantWork;

/**
 * Makes what falls due show by itself: publications whose set time has come go on the
 * site, alerts whose end has passed go off it. The public pages are kept under the site
 * version, so the sweep touches it, once per tenant in which something changed: each
 * tenant's work runs under its own tenant context in a transaction of its own, and each
 * row changes by one conditional update, so that two instances sweeping at once change it
 * (and touch the version) exactly once between them. A group's change then touches its
 * member communes' versions, each under its own context. Only the tenants with work due
 * are visited ({@link DueWork}), not every tenant each turn.
 */
public class PublicationSweep {

	/** The most tenants one turn visits; the others, due later, come first next turn. */
	static final int TENANTS_PER_TURN = 1000;

	private final DueWork due;

	private final TenantWork work;

	private final AnnouncementStore store;

	private final SiteVersions versions;

	private final MemberSites members;

	private final Clock clock;

	PublicationSweep(DueWork due, TenantWork work, AnnouncementStore store, SiteVersions versions, MemberSites members,
			Clock clock) {
		this.due = due;
		this.work = work;
		this.store = store;
		this.versions = versions;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Sweeps once every active tenant with work due.
	 * @return how many tenants' sites changed
	 */
	public int sweep() {
		Instant now = this.clock.instant();
		int changed = 0;
		for (UUID tenant : this.due.tenants(DueWork.Work.SWEEP, now, TENANTS_PER_TURN)) {
			Optional<List<UUID>> published = this.work.inTenant(tenant, () -> sweep(now));
			if (published.isPresent()) {
				TenantContext.runAs(tenant, () -> this.members.changed(published.get()));
				changed++;
			}
		}
		return changed;
	}

	/** The publications that appeared, when anything changed on the tenant's site. */
	private Optional<List<UUID>> sweep(Instant now) {
		if (!this.due.lock(DueWork.Work.SWEEP)) {
			return Optional.empty();
		}
		List<UUID> published = this.store.publishDue(now);
		published.forEach((id) -> this.store.enqueueMail(TenantContext.require(), id, now));
		int due = published.size() + this.store.expireEnded(now);
		this.due.next(DueWork.Work.SWEEP, this.store.nextSweep());
		if (due == 0) {
			return Optional.empty();
		}
		this.versions.touch();
		return Optional.of(published);
	}

}
