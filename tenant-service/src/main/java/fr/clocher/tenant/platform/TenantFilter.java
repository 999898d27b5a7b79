package fr.clocher.tenant.platform;

import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantStatus;

/**
 * What the operator narrows the tenant list to; every part may be null.
 *
 * @param text prefix of the name (accents and case ignored) or of the official code
 * @param kind commune, intercommunality or syndicate
 * @param status active, suspended or archived
 * @param department department code
 * @param groupId the group whose members are wanted
 * @param module key of a module the tenants have on
 */
record TenantFilter(String text, TenantKind kind, TenantStatus status, String department, UUID groupId, String module) {

	static TenantFilter members(UUID groupId) {
		return new TenantFilter(null, null, null, null, groupId, null);
	}

	static TenantFilter area(UUID groupId, String department) {
		return new TenantFilter(null, null, null, department, groupId, null);
	}

}
