package fr.clocher.announcements.service.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Whose announcements a commune's site shows: the commune's own, and those of the active
 * groups it is a member of (the kernel's {@link TenantRelations}, current tenant only).
 * Without a relations bean (a service that does not know groups) only the commune's.
 */
public class Publishers {

	private final ObjectProvider<TenantRelations> relations;

	Publishers(ObjectProvider<TenantRelations> relations) {
		this.relations = relations;
	}

	/** The current tenant's active groups. */
	public List<TenantRef> groups() {
		TenantRelations relations = this.relations.getIfAvailable();
		return (relations != null) ? relations.groupsOfCurrentTenant().stream().filter(TenantRef::active).toList()
				: List.of();
	}

	/** The members of the current tenant when it is a group. */
	public List<TenantRef> members() {
		TenantRelations relations = this.relations.getIfAvailable();
		return (relations != null) ? relations.membersOfCurrentTenant() : List.of();
	}

	/** The current tenant and its active groups. */
	public Publishing forCurrentTenant() {
		List<TenantRef> groups = groups();
		List<UUID> ids = new ArrayList<>();
		ids.add(TenantContext.require());
		groups.forEach((group) -> ids.add(group.id()));
		return new Publishing(List.copyOf(ids), groups);
	}

	/**
	 * Who publishes for a site.
	 *
	 * @param ids the current tenant first, then its groups
	 * @param groups its groups
	 */
	public record Publishing(List<UUID> ids, List<TenantRef> groups) {

		/** The group that published a row, empty for the commune's own. */
		public Optional<TenantRef> group(UUID publisher) {
			return this.groups.stream().filter((group) -> group.id().equals(publisher)).findFirst();
		}

	}

}
