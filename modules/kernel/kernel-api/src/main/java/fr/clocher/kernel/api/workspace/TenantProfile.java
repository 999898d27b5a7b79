package fr.clocher.kernel.api.workspace;

import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;

/**
 * Who a tenant is, as its secretary sees it.
 *
 * @param id the tenant id
 * @param slug the slug, in URLs and as the Keycloak organization alias
 * @param name the official name
 * @param kind commune, intercommunality or syndicate
 * @param officialCode the INSEE code or SIREN
 * @param department the department code, if any
 * @param population the legal population, if known
 * @param active false while suspended
 * @param siteUrl the address of its public site
 */
public record TenantProfile(UUID id, String slug, String name, TenantKind kind, String officialCode, String department,
		Integer population, boolean active, String siteUrl) {

}
