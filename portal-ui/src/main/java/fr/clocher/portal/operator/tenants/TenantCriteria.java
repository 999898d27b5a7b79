package fr.clocher.portal.operator.tenants;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantStatus;

/**
 * What the operator narrowed the list to; every part may be null.
 *
 * @param text start of a name, or of an INSEE code or SIREN
 * @param kind commune, intercommunality or syndicate
 * @param status active, suspended or archived
 * @param department department code
 * @param module key of a module the tenants have on
 * @param group slug of the group whose members are shown
 */
record TenantCriteria(String text, TenantKind kind, TenantStatus status, String department, String module,
		String group) {

	static TenantCriteria none() {
		return new TenantCriteria(null, null, null, null, null, null);
	}

	TenantCriteria inGroup(String groupSlug) {
		return new TenantCriteria(null, null, null, null, null, groupSlug);
	}

}
