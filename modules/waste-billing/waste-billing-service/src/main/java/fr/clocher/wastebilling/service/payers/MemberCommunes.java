package fr.clocher.wastebilling.service.payers;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.wastebilling.api.MemberCommune;

/**
 * The communes the current tenant's payers may live in: its member communes (the kernel's
 * tenant relations), or itself when a commune bills its own households.
 */
public class MemberCommunes {

	private final TenantRelations relations;

	private final TenantDirectory directory;

	MemberCommunes(TenantRelations relations, TenantDirectory directory) {
		this.relations = relations;
		this.directory = directory;
	}

	public List<MemberCommune> all() {
		UUID tenant = TenantContext.require();
		TenantRef self = this.directory.byId(tenant).orElseThrow();
		List<TenantRef> communes = (self.kind() == TenantKind.COMMUNE) ? List.of(self)
				: this.relations.membersOfCurrentTenant();
		return communes.stream().map((ref) -> new MemberCommune(ref.id(), ref.slug(), ref.name())).toList();
	}

	public Map<UUID, MemberCommune> byId() {
		return all().stream().collect(Collectors.toMap(MemberCommune::id, Function.identity()));
	}

}
