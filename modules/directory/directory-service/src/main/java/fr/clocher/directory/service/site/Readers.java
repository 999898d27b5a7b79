package fr.clocher.directory.service.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Whose directory a commune's site shows: the commune's own entries and those of the
 * active groups it is a member of (the kernel's {@link TenantRelations}, current tenant
 * only); only the commune's without a relations bean.
 */
class Readers {

	private final ObjectProvider<TenantRelations> relations;

	Readers(ObjectProvider<TenantRelations> relations) {
		this.relations = relations;
	}

	Shown current() {
		TenantRelations relations = this.relations.getIfAvailable();
		List<TenantRef> groups = (relations != null)
				? relations.groupsOfCurrentTenant().stream().filter(TenantRef::active).toList() : List.of();
		List<UUID> ids = new ArrayList<>();
		ids.add(TenantContext.require());
		groups.forEach((group) -> ids.add(group.id()));
		return new Shown(List.copyOf(ids), groups);
	}

	/**
	 * The tenants whose entries a site shows.
	 *
	 * @param ids the current tenant first, then its groups
	 * @param groups its groups
	 */
	record Shown(List<UUID> ids, List<TenantRef> groups) {

		/** The group an entry is of, empty for the commune's own. */
		Optional<TenantRef> group(UUID tenant) {
			return this.groups.stream().filter((group) -> group.id().equals(tenant)).findFirst();
		}

	}

}
