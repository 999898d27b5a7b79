package fr.clocher.tenant.registry;

import java.util.List;

import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.stereotype.Service;

/**
 * The registry's answer to modules asking who the current tenant is grouped with.
 */
@Service
class RegistryTenantRelations implements TenantRelations {

	private final TenantRepository tenants;

	RegistryTenantRelations(TenantRepository tenants) {
		this.tenants = tenants;
	}

	@Override
	public List<TenantRef> groupsOfCurrentTenant() {
		return this.tenants.groupsOf(TenantContext.require());
	}

	@Override
	public List<TenantRef> membersOfCurrentTenant() {
		return this.tenants.membersOf(TenantContext.require());
	}

}
