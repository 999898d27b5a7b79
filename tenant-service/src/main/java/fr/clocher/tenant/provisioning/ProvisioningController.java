package fr.clocher.tenant.provisioning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where provisioning stands across the platform, and a way to retry now what waits.
 */
@RestController
@RequestMapping("/api/platform/provisioning")
@Tag(name = "Provisioning", description = "Keycloak organizations and secretaries")
class ProvisioningController {

	private final ProvisioningWorker worker;

	private final ProvisioningReconciler reconciler;

	private final ProvisioningTaskRepository tasks;

	ProvisioningController(ProvisioningWorker worker, ProvisioningReconciler reconciler,
			ProvisioningTaskRepository tasks) {
		this.worker = worker;
		this.reconciler = reconciler;
		this.tasks = tasks;
	}

	/** How many tenants Keycloak had lost, now provisioned again. */
	record Reconciled(int tenantsProvisionedAgain) {
	}

	/** How many provisioning tasks wait, and for how many tenants. */
	record Backlog(long pendingTasks, long tenantsPending) {
	}

	@GetMapping
	@Operation(summary = "How much provisioning waits")
	Backlog backlog() {
		return new Backlog(this.tasks.countByStatus("PENDING"), this.tasks.countTenantsWithPending());
	}

	@PostMapping("/reconcile")
	@Operation(
			summary = "Provision again the tenants whose organization Keycloak does not have (a Keycloak reinstalled)")
	Reconciled reconcile() {
		return new Reconciled(this.reconciler.reconcile());
	}

	@PostMapping("/retry")
	@Operation(summary = "Retry now every pending provisioning task, also those waiting out their back-off")
	Backlog retry() {
		this.worker.retryAllNow();
		return backlog();
	}

}
