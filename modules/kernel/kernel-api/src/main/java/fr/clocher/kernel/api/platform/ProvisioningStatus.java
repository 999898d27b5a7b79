package fr.clocher.kernel.api.platform;

/**
 * Where a tenant's provisioning in Keycloak stands.
 *
 * @param status {@code DONE}, or {@code PENDING} while tasks wait
 * @param pendingTasks how many tasks wait
 * @param lastError the last error met by a waiting task, if any
 */
public record ProvisioningStatus(String status, int pendingTasks, String lastError) {

}
