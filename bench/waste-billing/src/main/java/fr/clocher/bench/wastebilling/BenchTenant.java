package fr.clocher.bench.wastebilling;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.wastebilling.api.WasteBilling;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's intercommunality, its two member communes, the module switched on.
 *
 * @param slug its slug
 * @param id its id
 * @param communes its members
 */
record BenchTenant(String slug, UUID id, List<UUID> communes) {

	static BenchTenant create(JdbcClient jdbc, TenantWork work, ModuleActivations activations, String slug) {
		UUID id = TestTenants.create(jdbc, slug, "Communauté " + slug, TenantKind.INTERCOMMUNALITY);
		List<UUID> communes = List.of(member(jdbc, id, slug + "-a"), member(jdbc, id, slug + "-b"));
		work.runInTenant(id, () -> activations.enable(WasteBilling.KEY, null));
		return new BenchTenant(slug, id, communes);
	}

	private static UUID member(JdbcClient jdbc, UUID group, String slug) {
		UUID commune = TestTenants.commune(jdbc, slug);
		jdbc.sql("insert into tenant_membership (group_id, member_id) values (?, ?)").params(group, commune).update();
		return commune;
	}

}
