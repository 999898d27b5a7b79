package fr.clocher.announcements.service.content;

import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A group's public announcements show on its member communes' sites, whose cached pages
 * are kept under each member's site version: when what a group shows changes, each
 * member's version is touched, one transaction per member under the member's own tenant
 * context. Called after the group's change is committed, outside any transaction.
 */
public class MemberSites {

	private final Publishers publishers;

	private final TenantWork work;

	private final SiteVersions versions;

	MemberSites(Publishers publishers, TenantWork work, SiteVersions versions) {
		this.publishers = publishers;
		this.work = work;
		this.versions = versions;
	}

	/**
	 * Touches the site version of every member of the current tenant (none for a
	 * commune).
	 */
	public int touch() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Member sites are touched once the group's change is committed");
		}
		int touched = 0;
		for (TenantRef member : this.publishers.members()) {
			this.work.runInTenant(member.id(), this.versions::touch);
			touched++;
		}
		return touched;
	}

}
