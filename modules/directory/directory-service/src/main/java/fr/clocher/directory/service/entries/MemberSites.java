package fr.clocher.directory.service.entries;

import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A group's published entries show on its member communes' sites, whose pages are kept
 * under each member's site version: once a group's change residents see is kept, each
 * member's version is touched, one transaction per member under its own context (as the
 * announcements do, decision 0017). Called by the controllers after the change, outside
 * any transaction; nothing for a commune (it has no members).
 */
public class MemberSites {

	private final ObjectProvider<TenantRelations> relations;

	private final TenantWork work;

	private final SiteVersions versions;

	MemberSites(ObjectProvider<TenantRelations> relations, TenantWork work, SiteVersions versions) {
		this.relations = relations;
		this.work = work;
		this.versions = versions;
	}

	/** Touches the site version of every member of the current tenant. */
	public void touch() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Member sites are touched once the group's change is kept");
		}
		TenantRelations relations = this.relations.getIfAvailable();
		if (relations == null) {
			return;
		}
		for (TenantRef member : relations.membersOfCurrentTenant()) {
			this.work.runInTenant(member.id(), this.versions::touch);
		}
	}

}
