package fr.clocher.kernel.api.platform;

import java.time.Instant;
import java.util.List;

/**
 * The platform at a glance, as tenant-service sees it.
 *
 * @param services the parts checked
 * @param databaseSizeBytes the size of the database ({@code pg_database_size})
 * @param tenants how many tenants are registered
 * @param suspendedTenants how many of them are suspended
 * @param provisioningPendingTasks how many provisioning tasks wait
 * @param tenantsProvisioningPending how many tenants have provisioning waiting
 * @param provisioningFailingTasks how many waiting tasks already failed at least once
 * @param checkedAt when
 */
public record PlatformHealth(List<ServiceCheck> services, long databaseSizeBytes, long tenants, long suspendedTenants,
		long provisioningPendingTasks, long tenantsProvisioningPending, long provisioningFailingTasks,
		Instant checkedAt) {

	public PlatformHealth {
		services = List.copyOf(services);
	}

}
