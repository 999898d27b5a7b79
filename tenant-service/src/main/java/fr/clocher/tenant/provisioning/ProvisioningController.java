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

	private final ProvisioningTaskRepository tasks;

	ProvisioningController(ProvisioningWorker worker, ProvisioningTaskRepository tasks) {
		this.worker = worker;
		this.tasks = tasks;
	}

	/** How many provisioning tasks wait, and for how many tenants. */
	record Backlog(long pendingTasks, long tenantsPending) {
	}

	@GetMapping
	@Operation(summary = "How much provisioning waits")
	Backlog backlog() {
		return new Backlog(this.tasks.countByStatus("PENDING"), this.tasks.countTenantsWithPending());
	}

	@PostMapping("/retry")
	@Operation(summary = "Retry now every pending provisioning task, also those waiting out their back-off")
	Backlog retry() {
		this.worker.retryAllNow();
		return backlog();
	}

}
