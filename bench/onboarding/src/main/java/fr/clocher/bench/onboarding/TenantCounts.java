package fr.clocher.bench.onboarding;

/**
 * What the registry holds.
 *
 * @param communes commune tenants
 * @param intercommunalities intercommunality tenants
 * @param memberships commune memberships of intercommunalities
 * @param hosts host names
 * @param provisioningTasks identity provisioning tasks recorded, -1 where the registry
 * records none
 * @param provisioningPending those still pending
 */
public record TenantCounts(int communes, int intercommunalities, int memberships, int hosts, int provisioningTasks,
		int provisioningPending) {

	public int tenants() {
		return this.communes + this.intercommunalities;
	}

}
