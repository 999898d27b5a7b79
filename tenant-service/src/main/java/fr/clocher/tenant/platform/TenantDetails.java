package fr.clocher.tenant.platform;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import fr.clocher.tenant.provisioning.ProvisioningStatus;
import fr.clocher.tenant.registry.HostKind;
import fr.clocher.tenant.registry.Tenant;

/**
 * One tenant with its hosts, its members (for a group) and its memberships (for a
 * commune).
 */
public record TenantDetails(TenantSummary tenant, List<Host> hosts, List<TenantSummary> members,
		List<TenantSummary> memberships, ProvisioningStatus provisioning, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

	public record Host(String host, HostKind kind) {
	}

	static TenantDetails of(Tenant tenant, ProvisioningStatus provisioning) {
		return new TenantDetails(TenantSummary.of(tenant),
				tenant.getHosts()
					.stream()
					.map((h) -> new Host(h.getHost(), h.getKind()))
					.sorted(Comparator.comparing(Host::kind).thenComparing(Host::host))
					.toList(),
				sorted(tenant.getMembers()), sorted(tenant.getGroups()), provisioning, tenant.getCreatedAt(),
				tenant.getUpdatedAt());
	}

	private static List<TenantSummary> sorted(Set<Tenant> tenants) {
		return tenants.stream().map(TenantSummary::of).sorted(Comparator.comparing(TenantSummary::name)).toList();
	}

}
