package fr.clocher.tenant.provisioning;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings Keycloak back in line with the registry: a tenant this database says was
 * provisioned but whose organization Keycloak does not have (a Keycloak reinstalled, its
 * data lost, an organization deleted by hand) is provisioned again, organization and
 * secretaries' invitations. Done when the service starts and when the operator asks.
 */
@Component
class ProvisioningReconciler {

	private static final Logger log = LoggerFactory.getLogger(ProvisioningReconciler.class);

	private final ProvisioningTaskRepository tasks;

	private final KeycloakOrganizations keycloak;

	private final Provisioning provisioning;

	private final TransactionTemplate transactions;

	ProvisioningReconciler(ProvisioningTaskRepository tasks, KeycloakOrganizations keycloak, Provisioning provisioning,
			TransactionTemplate transactions) {
		this.tasks = tasks;
		this.keycloak = keycloak;
		this.provisioning = provisioning;
		this.transactions = transactions;
	}

	@Async(ProvisioningConfiguration.EXECUTOR)
	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		try {
			reconcile();
		}
		catch (RuntimeException ex) {
			log.warn("Could not compare the tenants with Keycloak's organizations at start ({}); "
					+ "POST /api/platform/provisioning/reconcile does it again", ex.getMessage());
		}
	}

	/**
	 * Provisions again every tenant that Keycloak lost; how many. The tasks run once the
	 * transaction recording them commits.
	 */
	int reconcile() {
		Set<UUID> inKeycloak = this.keycloak.tenantsWithOrganization();
		List<UUID> lost = this.tasks.tenantsWithDone(TaskKind.ORGANIZATION)
			.stream()
			.filter((tenant) -> !inKeycloak.contains(tenant))
			.filter((tenant) -> this.tasks.findByTenantIdAndStatusOrderByCreatedAt(tenant, "PENDING").isEmpty())
			.toList();
		this.transactions.executeWithoutResult((status) -> lost.forEach((tenant) -> this.provisioning
			.provisionAgain(tenant, this.tasks.doneArguments(tenant, TaskKind.SECRETARY))));
		if (!lost.isEmpty()) {
			log.warn("Keycloak had no organization for {} provisioned tenants: provisioning them again", lost.size());
		}
		return lost.size();
	}

}
