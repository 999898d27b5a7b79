package fr.clocher.wastebilling.service.evidence;

import fr.clocher.kernel.module.ModuleActivationChanged;
import fr.clocher.kernel.site.MemberSiteVersions;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.WasteBilling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private final MemberSiteVersions members;

	EvidenceMemberSites(MemberSiteVersions members) {
		this.members = members;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void switched(ModuleActivationChanged change) {
		if (!WasteBilling.KEY.equals(change.moduleKey())) {
			return;
		}
		Thread.ofVirtual().name("waste-billing-member-sites").start(() -> {
			try {
				TenantContext.runAs(change.tenantId(), this.members::touchMembers);
			}
			catch (RuntimeException ex) {
				log.error("Could not touch the member sites of {} after its switch", change.tenantId(), ex);
			}
		});
	}

}
