package fr.clocher.tenant.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.tenant.registry.PlatformProperties;
import fr.clocher.tenant.registry.Tenant;
import jakarta.ws.rs.ProcessingException;
import fr.clocher.tenant.registry.TenantQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out provisioning tasks: right after the transaction that recorded them, and on
 * a schedule for those that failed (Keycloak unreachable, say). A tenant is locked while
 * its tasks run, so two workers never do the same one. When Keycloak cannot be reached,
 * the immediate attempts pause for a few seconds and the scheduled retry takes over.
 */
@Component
class ProvisioningWorker {

	private static final Logger log = LoggerFactory.getLogger(ProvisioningWorker.class);

	private final ProvisioningTaskRepository tasks;

	private final ProvisioningTaskLocks locks;

	private final KeycloakOrganizations keycloak;

	private final TenantQueries tenants;

	private final PlatformProperties platform;

	private final TransactionTemplate transactions;

	private static final Duration KEYCLOAK_DOWN_PAUSE = Duration.ofSeconds(10);

	private volatile Instant keycloakDownUntil = Instant.MIN;

	ProvisioningWorker(ProvisioningTaskRepository tasks, ProvisioningTaskLocks locks, KeycloakOrganizations keycloak,
			TenantQueries tenants, PlatformProperties platform, TransactionTemplate transactions) {
		this.tasks = tasks;
		this.locks = locks;
		this.keycloak = keycloak;
		this.tenants = tenants;
		this.platform = platform;
		this.transactions = transactions;
	}

	@Async(ProvisioningConfiguration.EXECUTOR)
	@TransactionalEventListener
	void afterCommit(Provisioning.ProvisioningRequested requested) {
		if (this.keycloakDownUntil.isBefore(Instant.now())) {
			runTenant(requested.tenantId(), false);
		}
	}

	@Scheduled(fixedDelayString = "${clocher.keycloak.retry-every:PT30S}", initialDelayString = "PT5S")
	void retryDue() {
		for (UUID tenant : this.tasks.tenantsWithDueTasks(OffsetDateTime.now(ZoneOffset.UTC), Limit.of(200))) {
			runTenant(tenant, false);
			if (this.keycloakDownUntil.isAfter(Instant.now())) {
				return;
			}
		}
	}

	/** The operator's "retry now": also the tasks waiting out their back-off. */
	void retryAllNow() {
		this.tasks.tenantsWithDueTasks(OffsetDateTime.now(ZoneOffset.UTC).plusYears(1), Limit.of(1000))
			.forEach((tenant) -> runTenant(tenant, true));
	}

	/**
	 * Runs the tenant's pending tasks in the order they were asked for, stopping at the
	 * first failure or at the first task still waiting out its back-off (what follows
	 * depends on it), unless forced; does nothing if another worker holds the tenant.
	 */
	void runTenant(UUID tenantId, boolean force) {
		this.transactions.executeWithoutResult((status) -> {
			if (!this.locks.tryLockTenant(tenantId)) {
				return;
			}
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			Organization organization = new Organization();
			for (ProvisioningTask task : this.tasks.findByTenantIdAndStatusOrderByCreatedAt(tenantId, "PENDING")) {
				if ((!force && task.getNextAttemptAt().isAfter(now)) || !attempt(task, organization)) {
					return;
				}
			}
		});
	}

	private boolean attempt(ProvisioningTask task, Organization organization) {
		try {
			carryOut(task, organization);
			task.succeeded(OffsetDateTime.now(ZoneOffset.UTC));
			return true;
		}
		catch (RuntimeException ex) {
			if (ex instanceof ProcessingException) {
				// Keycloak cannot be reached: leave the work to the scheduled retry
				// rather than knocking on its door for every tenant that comes along.
				this.keycloakDownUntil = Instant.now().plus(KEYCLOAK_DOWN_PAUSE);
			}
			log.warn("Provisioning {} of tenant {} failed (attempt {}): {}", task.getKind(), task.getTenantId(),
					task.getAttempts() + 1, ex.getMessage());
			task.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), OffsetDateTime.now(ZoneOffset.UTC));
			return false;
		}
	}

	/**
	 * One task in Keycloak. A tenant's first organization is created in one call (found
	 * instead if Keycloak has it already); the tasks after it in the same run use the
	 * organization it gave rather than searching for it again: onboarding a commune with
	 * its secretary takes two calls to Keycloak, not four.
	 */
	private void carryOut(ProvisioningTask task, Organization organization) {
		if (organization.id == null) {
			Tenant tenant = this.tenants.get(task.getTenantId().toString());
			boolean enabled = tenant.getStatus() == TenantStatus.ACTIVE;
			String host = this.platform.hostFor(tenant.getSlug());
			organization.id = (task.getKind() == TaskKind.ORGANIZATION)
					? this.keycloak.createOrFind(tenant.getId(), tenant.getSlug(), tenant.getName(), host, enabled)
					: this.keycloak.ensureOrganization(tenant.getId(), tenant.getSlug(), tenant.getName(), host,
							enabled);
		}
		if (task.getKind() == TaskKind.SECRETARY) {
			this.keycloak.inviteSecretary(organization.id, task.getArgument());
		}
	}

	/** The tenant's organization, once a task of the run has ensured it. */
	private static final class Organization {

		private String id;

	}

}
