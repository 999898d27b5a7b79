package fr.clocher.kernel.relations;

import java.util.List;

import fr.clocher.kernel.tenancy.NoTenantException;
import fr.clocher.kernel.tenancy.TenantRef;

/**
 * The groups and members of the current tenant, read-only. Each list is read with one
 * query, sorted by name, and includes suspended and archived tenants with their status
 * (see {@link TenantRef#active()}) so that the caller decides what they mean for it.
 */
public interface TenantRelations {

	/**
	 * The intercommunality and syndicates the current tenant is a member of; empty for a
	 * commune in no group, and for a group.
	 * @throws NoTenantException when no tenant is current
	 */
	List<TenantRef> groupsOfCurrentTenant();

	/**
	 * The member communes of the current tenant when it is an intercommunality or a
	 * syndicate; empty for a commune.
	 * @throws NoTenantException when no tenant is current
	 */
	List<TenantRef> membersOfCurrentTenant();

}
