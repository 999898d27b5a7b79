package fr.clocher.kernel.api.platform;

import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;

/**
 * A tenant as named in another tenant's details (its members, its groups).
 *
 * @param id the tenant id
 * @param kind commune, intercommunality or syndicate
 * @param officialCode INSEE code of a commune, SIREN of a group
 * @param slug the slug
 * @param name the official name
 * @param department department code, if any
 * @param region region code, if any
 * @param population legal population, if known
 * @param status active, suspended or archived
 */
public record TenantSummary(UUID id, TenantKind kind, String officialCode, String slug, String name, String department,
		String region, Integer population, TenantStatus status) {

}
