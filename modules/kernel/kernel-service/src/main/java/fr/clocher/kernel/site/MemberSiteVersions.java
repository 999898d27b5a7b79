package fr.clocher.kernel.site;

import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a group (an intercommunality, a syndicate) shows on its member communes' sites is
 * kept under each member's site version: once the group's change is committed, each
 * member's version is touched, one transaction per member under its own context (decision
 * 0017). Called outside any transaction; nothing for a commune, which has no members.
 */
public class MemberSiteVersions {

	private final ObjectProvider<TenantRelations> relations;

	private final TenantWork work;

	private final SiteVersions versions;

	MemberSiteVersions(ObjectProvider<TenantRelations> relations, TenantWork work, SiteVersions versions) {
		this.relations = relations;
		this.work = work;
		this.versions = versions;
	}

	/** Touches the site version of every member of the current tenant. */
	public void touchMembers() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Member sites are touched once the group's change is committed");
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
