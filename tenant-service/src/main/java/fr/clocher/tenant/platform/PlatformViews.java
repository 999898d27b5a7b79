package fr.clocher.tenant.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import fr.clocher.kernel.api.platform.ProvisioningStatus;
import fr.clocher.kernel.api.platform.TenantDetails;
import fr.clocher.kernel.api.platform.TenantSummary;
import fr.clocher.tenant.registry.Tenant;

/**
 * The registry's tenants as the operator API describes them.
 */
final class PlatformViews {

	private PlatformViews() {
	}

	static TenantSummary summary(Tenant tenant) {
		return new TenantSummary(tenant.getId(), tenant.getKind(), tenant.getOfficialCode(), tenant.getSlug(),
				tenant.getName(), tenant.getDepartment(), tenant.getRegion(), tenant.getPopulation(),
				tenant.getStatus());
	}

	static TenantDetails details(Tenant tenant, ProvisioningStatus provisioning) {
		return new TenantDetails(summary(tenant),
				tenant.getHosts()
					.stream()
					.map((h) -> new TenantDetails.Host(h.getHost(), h.getKind()))
					.sorted(Comparator.comparing(TenantDetails.Host::kind).thenComparing(TenantDetails.Host::host))
					.toList(),
				sorted(tenant.getMembers()), sorted(tenant.getGroups()), provisioning, tenant.getCreatedAt(),
				tenant.getUpdatedAt());
	}

	private static List<TenantSummary> sorted(Set<Tenant> tenants) {
		return tenants.stream().map(PlatformViews::summary).sorted(Comparator.comparing(TenantSummary::name)).toList();
	}

}
