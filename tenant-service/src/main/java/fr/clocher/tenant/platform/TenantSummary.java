package fr.clocher.tenant.platform;

import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.tenancy.TenantStatus;
import fr.clocher.tenant.registry.Tenant;

/**
 * A tenant as listed.
 */
public record TenantSummary(UUID id, TenantKind kind, String officialCode, String slug, String name, String department,
		String region, Integer population, TenantStatus status) {

	static TenantSummary of(Tenant tenant) {
		return new TenantSummary(tenant.getId(), tenant.getKind(), tenant.getOfficialCode(), tenant.getSlug(),
				tenant.getName(), tenant.getDepartment(), tenant.getRegion(), tenant.getPopulation(),
				tenant.getStatus());
	}

}
