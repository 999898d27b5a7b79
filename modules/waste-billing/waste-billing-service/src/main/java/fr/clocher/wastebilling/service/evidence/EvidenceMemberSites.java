package fr.clocher.wastebilling.service.evidence;

import fr.clocher.kernel.module.ModuleActivationChanged;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.wastebilling.api.WasteBilling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A group switching waste billing on or off adds or removes the evidence page on its
 * member communes' sites, whose kept pages (and menus) go by each member's site version:
 * once the switch is committed, each member's version is touched, one transaction per
 * member under its own context, on a thread of its own (the committing thread is still
 * inside the switch's transaction). As announcements do for a group's publications.
 */
class EvidenceMemberSites {

	private static final Logger log = LoggerFactory.getLogger(EvidenceMemberSites.class);

	private final ObjectProvider<TenantRelations> relations;

	private final TenantWork work;

	private final SiteVersions versions;

	EvidenceMemberSites(ObjectProvider<TenantRelations> relations, TenantWork work, SiteVersions versions) {
		this.relations = relations;
		this.work = work;
		this.versions = versions;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void switched(ModuleActivationChanged change) {
		TenantRelations relations = this.relations.getIfAvailable();
		if (!WasteBilling.KEY.equals(change.moduleKey()) || relations == null) {
			return;
		}
		Thread.ofVirtual().name("waste-billing-member-sites").start(() -> {
			try {
				for (TenantRef member : TenantContext.callAs(change.tenantId(), relations::membersOfCurrentTenant)) {
					this.work.runInTenant(member.id(), this.versions::touch);
				}
			}
			catch (RuntimeException ex) {
				log.error("Could not touch the member sites of {} after its switch", change.tenantId(), ex);
			}
		});
	}

}
