package fr.clocher.kernel.module;

import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.testapp.KernelTestApplication;
import fr.clocher.kernel.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantWork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A module found on the classpath, migrated with its own history, switched on and off per
 * tenant, its endpoints guarded.
 */
@IntegrationTest(classes = KernelTestApplication.class)
@AutoConfigureMockMvc
class ModuleKernelTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	@Autowired
	ModuleCatalog catalog;

	@Autowired
	ModuleActivations activations;

	String slug;

	UUID tenant;

	@BeforeEach
	void aCommune() {
		this.slug = "commune-" + UUID.randomUUID().toString().substring(0, 8);
		this.tenant = TestTenants.commune(this.jdbc, this.slug);
	}

	@Test
	void theModuleIsDiscoveredAndMigratedWithItsOwnHistory(@Value("${spring.flyway.url}") String url,
			@Value("${spring.flyway.user}") String owner, @Value("${spring.flyway.password}") String password) {
		assertThat(this.catalog.find("notes")).isPresent();
		JdbcClient asOwner = JdbcClient
			.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, owner, password));
		assertThat(asOwner.sql("select script from flyway_history_notes where success and version = '1'")
			.query(String.class)
			.list()).containsExactly("V1__notes.sql");
		assertThat(asOwner.sql("select count(*) from flyway_schema_history where script like '%notes%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDisabledModuleAnswers404AndAnEnabledOneServes() throws Exception {
		this.mvc.perform(get("/api/tenants/{t}/notes", this.slug))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("module-not-enabled"))
			.andExpect(jsonPath("$.detail").value("Ce service n'est pas activé pour cette collectivité."));

		this.work.runInTenant(this.tenant, () -> this.activations.enable("notes", null));
		this.mvc
			.perform(post("/api/tenants/{t}/notes", this.slug).contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"marché le jeudi\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/tenants/{t}/notes", this.slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0]").value("marché le jeudi"));

		this.work.runInTenant(this.tenant, () -> this.activations.disable("notes"));
		this.mvc.perform(get("/api/tenants/{t}/notes", this.slug)).andExpect(status().isNotFound());

		this.work.runInTenant(this.tenant, () -> this.activations.enable("notes", null));
		this.mvc.perform(get("/api/tenants/{t}/notes", this.slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0]").value("marché le jeudi"));
	}

	@Test
	void enablingForOneTenantLeavesTheOthersOff() throws Exception {
		String otherSlug = "autre-" + UUID.randomUUID().toString().substring(0, 8);
		TestTenants.commune(this.jdbc, otherSlug);
		this.work.runInTenant(this.tenant, () -> this.activations.enable("notes", null));

		this.mvc.perform(get("/api/tenants/{t}/notes", this.slug)).andExpect(status().isOk());
		this.mvc.perform(get("/api/tenants/{t}/notes", otherSlug)).andExpect(status().isNotFound());
	}

	@Test
	void settingsAreValidatedAndKeptAcrossDisabling() {
		assertThatExceptionOfType(ApiProblem.class)
			.isThrownBy(() -> TenantContext.runAs(this.tenant,
					() -> this.activations.enable("notes", Map.of("maxNotes", 500, "colour", "red"))))
			.satisfies((refused) -> assertThat(refused.fields()).extracting((f) -> f.field())
				.containsExactlyInAnyOrder("settings.maxNotes", "settings.colour"));
		assertThat(this.work.inTenant(this.tenant, () -> this.activations.isEnabled("notes"))).isFalse();

		this.work.runInTenant(this.tenant, () -> this.activations.enable("notes", Map.of("maxNotes", 5)));
		this.work.runInTenant(this.tenant, () -> this.activations.disable("notes"));
		ModuleState restored = this.work.inTenant(this.tenant, () -> this.activations.enable("notes", null));

		assertThat(restored.settings()).containsEntry("maxNotes", 5L).containsEntry("public", false);
	}

	@Test
	void aModuleRefusesTheKindsOfTenantItIsNotFor() {
		UUID intercommunality = TestTenants.create(this.jdbc, "cc-" + UUID.randomUUID().toString().substring(0, 8),
				TenantKind.INTERCOMMUNALITY);
		assertThatExceptionOfType(ApiProblem.class)
			.isThrownBy(() -> this.work.runInTenant(intercommunality, () -> this.activations.enable("notes", null)))
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("module-not-for-kind"));
	}

	@Test
	void unknownModulesAndTenantsAreNamedInTheReadersLanguage() throws Exception {
		assertThatExceptionOfType(ApiProblem.class)
			.isThrownBy(() -> this.work.runInTenant(this.tenant, () -> this.activations.enable("bingo", null)))
			.satisfies((problem) -> assertThat(problem.fields().get(0).field()).isEqualTo("moduleKey"));

		this.mvc.perform(get("/api/tenants/nowhere-at-all/notes"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("unknown-tenant"))
			.andExpect(jsonPath("$.field").value("tenant"))
			.andExpect(jsonPath("$.detail").value("Aucune collectivité ne porte l'identifiant « nowhere-at-all »."));
		this.mvc.perform(get("/api/tenants/nowhere-at-all/notes").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No local authority is named 'nowhere-at-all'."));
	}

	@Test
	void statesListEveryInstalledModuleForTheCurrentTenant() {
		this.work.runInTenant(this.tenant, () -> this.activations.enable("notes", Map.of("public", true)));
		assertThat(this.work.inTenant(this.tenant, () -> this.activations.states())).singleElement()
			.satisfies((state) -> {
				assertThat(state.key()).isEqualTo("notes");
				assertThat(state.enabled()).isTrue();
				assertThat(state.settings()).containsEntry("public", true).containsEntry("maxNotes", 20L);
			});
	}

}
