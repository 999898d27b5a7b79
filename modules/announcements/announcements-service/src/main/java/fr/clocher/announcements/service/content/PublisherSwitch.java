package fr.clocher.announcements.service.content;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.kernel.module.ModuleActivationChanged;
import fr.clocher.kernel.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows a tenant's switch of the module: its rows are marked in the switch's
 * transaction (the public-only policies then hide a group's rows from its members, or
 * show them again), and once the switch is committed its member communes' site versions
 * are touched, on a thread of their own (the committing thread is still inside the
 * switch's transaction, where the tenant cannot change).
 */
class PublisherSwitch {

	private static final Logger log = LoggerFactory.getLogger(PublisherSwitch.class);

	private final AnnouncementStore store;

	private final MemberSites members;

	PublisherSwitch(AnnouncementStore store, MemberSites members) {
		this.store = store;
		this.members = members;
	}

	@EventListener
	void switched(ModuleActivationChanged change) {
		if (Announcements.KEY.equals(change.moduleKey())) {
			TenantContext.runAs(change.tenantId(), () -> this.store.publisherOff(!change.enabled()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(ModuleActivationChanged change) {
		if (Announcements.KEY.equals(change.moduleKey())) {
			Thread.ofVirtual().name("announcements-member-sites").start(() -> {
				try {
					TenantContext.runAs(change.tenantId(), this.members::touch);
				}
				catch (RuntimeException ex) {
					log.error("Could not touch the member sites of {} after its switch", change.tenantId(), ex);
				}
			});
		}
	}

}
