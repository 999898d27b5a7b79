package fr.clocher.wastebilling.service;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleSwitch;
import fr.clocher.kernel.test.host.TestTokens;
import fr.clocher.wastebilling.api.WasteBilling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * An intercommunality of two member communes with the module switched on, as a test makes
 * it.
 *
 * @param slug the intercommunality's slug
 * @param id its id
 * @param communes its member communes' ids
 */
public record Intercommunality(String slug, UUID id, List<UUID> communes) {

	public static Intercommunality create(JdbcClient jdbc, ModuleSwitch modules) {
		String slug = "cc-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = TestTenants.create(jdbc, slug, "Communauté " + slug, TenantKind.INTERCOMMUNALITY);
		List<UUID> communes = List.of(member(jdbc, id, "Ayguesvives"), member(jdbc, id, "Baziège"));
		modules.set(slug, WasteBilling.KEY, true);
		return new Intercommunality(slug, id, communes);
	}

	private static UUID member(JdbcClient jdbc, UUID group, String name) {
		String slug = TestTenants.newCommune(jdbc);
		UUID commune = jdbc.sql("update tenant set name = ? where slug = ? returning id")
			.params(name + " " + slug.substring(8), slug)
			.query(UUID.class)
			.single();
		TestTenants.addMember(jdbc, group, commune);
		return commune;
	}

	public JwtRequestPostProcessor secretary() {
		return TestTokens.secretaryOf(this.slug);
	}

	/** A path of the module's API for this tenant, its other variables after. */
	public static String api(String path) {
		return "/api/tenants/{t}/" + WasteBilling.KEY + path;
	}

}
