package fr.clocher.tenant.provisioning;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PessimisticLockScope;
import org.hibernate.LockOptions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a pending task for the current transaction, skipping one another worker holds.
 */
@Component
class ProvisioningTaskLocks {

	private final EntityManager entityManager;

	ProvisioningTaskLocks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	ProvisioningTask lockPending(UUID id) {
		ProvisioningTask task = this.entityManager.find(ProvisioningTask.class, id, LockModeType.PESSIMISTIC_WRITE,
				java.util.Map.of("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED,
						"jakarta.persistence.lock.scope", PessimisticLockScope.NORMAL));
		return (task == null || task.isDone()) ? null : task;
	}

}
