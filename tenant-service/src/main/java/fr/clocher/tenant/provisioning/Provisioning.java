package fr.clocher.tenant.provisioning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.clocher.kernel.api.platform.ProvisioningStatus;

import jakarta.persistence.EntityManager;
import fr.clocher.tenant.registry.TenantRegistered;
import fr.clocher.tenant.registry.TenantStatusChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what must be done in Keycloak, in the transaction of the change that asks for
 * it: a new tenant needs its organization, a suspension or resumption its organization's
 * status, a secretary her membership.
 */
@Service
public class Provisioning {

	private final ProvisioningTaskRepository tasks;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	Provisioning(ProvisioningTaskRepository tasks, EntityManager entityManager, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.entityManager = entityManager;
		this.events = events;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void onTenantRegistered(TenantRegistered registered) {
		record(registered.tenantId(), TaskKind.ORGANIZATION, null);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void onStatusChanged(TenantStatusChanged changed) {
		record(changed.tenantId(), TaskKind.ORGANIZATION_STATUS, changed.status().name());
	}

	/** Asks for the person to become a secretary of the tenant. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void inviteSecretary(UUID tenantId, String email) {
		record(tenantId, TaskKind.SECRETARY, email.trim().toLowerCase(Locale.ROOT));
	}

	/**
	 * Asks again for what Keycloak lost of a tenant: its organization, and the
	 * invitations of the secretaries it had (who join again by following the new link).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void provisionAgain(UUID tenantId, List<String> secretaries) {
		record(tenantId, TaskKind.ORGANIZATION, null);
		secretaries.forEach((email) -> record(tenantId, TaskKind.SECRETARY, email));
	}

	@Transactional(readOnly = true)
	public ProvisioningStatus statusOf(UUID tenantId) {
		List<ProvisioningTask> all = this.tasks.findByTenantIdOrderByCreatedAt(tenantId);
		List<ProvisioningTask> pending = all.stream().filter((task) -> !task.isDone()).toList();
		String lastError = pending.stream()
			.map(ProvisioningTask::getLastError)
			.filter(java.util.Objects::nonNull)
			.reduce((first, second) -> second)
			.orElse(null);
		return new ProvisioningStatus(pending.isEmpty() ? "DONE" : "PENDING", pending.size(), lastError);
	}

	private void record(UUID tenantId, TaskKind kind, String argument) {
		this.entityManager.persist(new ProvisioningTask(tenantId, kind, argument, OffsetDateTime.now(ZoneOffset.UTC)));
		this.events.publishEvent(new ProvisioningRequested(tenantId));
	}

	/**
	 * A tenant has provisioning work waiting; carried out once its transaction commits.
	 */
	record ProvisioningRequested(UUID tenantId) {
	}

}
