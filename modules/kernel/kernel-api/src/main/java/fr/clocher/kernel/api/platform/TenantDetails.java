package fr.clocher.kernel.api.platform;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One tenant with its hosts, its members (for a group) and its memberships (for a
 * commune).
 *
 * @param tenant who it is
 * @param hosts the hosts serving its site, platform host first
 * @param members its member communes, by name
 * @param memberships the groups it belongs to, by name
 * @param provisioning where its Keycloak provisioning stands
 * @param createdAt when it was put on the platform
 * @param updatedAt when the registry last changed it
 */
public record TenantDetails(TenantSummary tenant, List<Host> hosts, List<TenantSummary> members,
		List<TenantSummary> memberships, ProvisioningStatus provisioning, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

	/**
	 * A host serving the tenant's site.
	 *
	 * @param host the host name
	 * @param kind given by the platform or owned by the tenant
	 */
	public record Host(String host, HostKind kind) {
	}

}
