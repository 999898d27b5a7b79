package fr.clocher.kernel.api.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;

/**
 * A tenant as the operator's list shows it: what {@link TenantSummary} says, plus its
 * last activity, the modules it has on and, for a group, how many members it has.
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
 * @param lastActivityAt when the tenant last changed anything, null if never
 * @param modulesOn the keys of the modules it has on (defaults included), in catalog
 * order
 * @param memberCount the number of member communes (0 for a commune)
 */
public record TenantRow(UUID id, TenantKind kind, String officialCode, String slug, String name, String department,
		String region, Integer population, TenantStatus status, Instant lastActivityAt, List<String> modulesOn,
		int memberCount) {

	public TenantRow {
		modulesOn = List.copyOf(modulesOn);
	}

	/** Whether it has members to open. */
	public boolean isGroup() {
		return this.kind != TenantKind.COMMUNE;
	}

}
