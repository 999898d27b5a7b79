package fr.clocher.tenant.provisioning;

/**
 * Where a tenant's provisioning stands: {@code DONE}, or {@code PENDING} with the number
 * of waiting tasks and the last error met.
 */
public record ProvisioningStatus(String status, int pendingTasks, String lastError) {

}
