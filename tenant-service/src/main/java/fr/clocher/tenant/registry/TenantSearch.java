package fr.clocher.tenant.registry;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantStatus;

/**
 * What an operator filters the tenant list by; every part may be null.
 *
 * @param name accent- and case-insensitive prefix of the name
 * @param kind commune, intercommunality or syndicate
 * @param department department code ({@code 31}, {@code 2A})
 * @param intercommunality id or slug of a group whose members are wanted
 * @param status active, suspended or archived
 */
public record TenantSearch(String name, TenantKind kind, String department, String intercommunality,
		TenantStatus status) {

}
