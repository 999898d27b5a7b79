package fr.clocher.tenant.platform;

import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.SignedInAsOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The module catalog and activation through the operator API, with the kernel's test
 * module ("notes") installed from its jar; activation of one commune never shows on
 * another.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SignedInAsOperator.class)
class PlatformModuleApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	String communeA;

	String communeB;

	@BeforeEach
	void twoCommunes() throws Exception {
		this.communeA = create(nextInseeCode());
		this.communeB = create(nextInseeCode());
	}

	@Test
	void theCatalogListsInstalledModulesWithTheirSettings() throws Exception {
		this.mvc.perform(get("/api/platform/modules"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'notes')].key").value("notes"))
			.andExpect(jsonPath("$[?(@.key == 'notes')].name.fr").value("Notes"))
			.andExpect(jsonPath("$[?(@.key == 'notes')].settings[0].key").value("maxNotes"))
			.andExpect(jsonPath("$[?(@.key == 'notes')].settings[0].type").value("INTEGER"))
			.andExpect(jsonPath("$[?(@.key == 'notes')].tenantKinds[0]").value("COMMUNE"));
	}

	@Test
	void aModuleIsEnabledForOneCommuneOnly() throws Exception {
		activate(this.communeA, "notes", "{\"enabled\":true,\"settings\":{\"maxNotes\":7}}").andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.settings.maxNotes").value(7));

		this.mvc.perform(get("/api/platform/tenants/{t}/modules", this.communeA))
			.andExpect(jsonPath("$[?(@.key == 'notes')].enabled").value(true));
		this.mvc.perform(get("/api/platform/tenants/{t}/modules", this.communeB))
			.andExpect(jsonPath("$[?(@.key == 'notes')].enabled").value(false));
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeA)).andExpect(status().isOk());
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeB))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("module-not-enabled"));

		UUID idOfA = idOf(this.communeA);
		UUID idOfB = idOf(this.communeB);
		long seenByB = this.work.inTenant(idOfB,
				() -> this.jdbc.sql("select count(*) from module_activation where tenant_id = ?")
					.param(idOfA)
					.query(Long.class)
					.single());
		int changedByB = this.work.inTenant(idOfB,
				() -> this.jdbc.sql("update module_activation set enabled = false where tenant_id = ?")
					.param(idOfA)
					.update());
		assertThat(seenByB).isZero();
		assertThat(changedByB).isZero();
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeA)).andExpect(status().isOk());
	}

	@Test
	void disablingKeepsTheSettingsForTheNextTime() throws Exception {
		activate(this.communeA, "notes", "{\"enabled\":true,\"settings\":{\"maxNotes\":3}}").andExpect(status().isOk());
		activate(this.communeA, "notes", "{\"enabled\":false}").andExpect(jsonPath("$.enabled").value(false));
		activate(this.communeA, "notes", "{\"enabled\":true}").andExpect(jsonPath("$.settings.maxNotes").value(3));
	}

	@Test
	void badActivationsAreRefusedWithTheField() throws Exception {
		activate(this.communeA, "notes", "{\"enabled\":true,\"settings\":{\"maxNotes\":0,\"public\":\"peut-être\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-settings"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[?(@.field == 'settings.maxNotes')].reason")
				.value("La valeur doit être au moins 1."));
		this.mvc
			.perform(put("/api/platform/tenants/{t}/modules/{k}", this.communeA, "notes")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\":true,\"settings\":{\"maxNotes\":0}}"))
			.andExpect(jsonPath("$.errors[0].reason").value("The value must be at least 1."));
		activate(this.communeA, "bingo", "{\"enabled\":true}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("unknown-module"))
			.andExpect(jsonPath("$.field").value("moduleKey"));
		activate(this.communeA, "notes", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enabled"));
		assertThat(this.work.inTenant(idOf(this.communeA),
				() -> this.jdbc.sql("select count(*) from module_activation").query(Long.class).single()))
			.isZero();
	}

	@Test
	void aModuleIsOfferedOnlyToTheKindsOfTenantItIsFor() throws Exception {
		this.mvc
			.perform(post("/api/platform/syndicates").contentType(MediaType.APPLICATION_JSON)
				.content("{\"siren\":\"259000001\",\"name\":\"Syndicat des notes\",\"memberInseeCodes\":[\""
						+ nextInseeCode() + "\"]}"))
			.andExpect(status().isCreated());
		activate("syndicat-des-notes", "notes", "{\"enabled\":true}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("module-not-for-kind"));
	}

	private static int next = 0;

	private static final String[] INSEE_CODES = { "02001", "02002", "02003", "02004", "02005", "02006", "02007",
			"02008", "02009", "02010", "02011", "02012", "02013", "02014", "02015" };

	private static synchronized String nextInseeCode() {
		return INSEE_CODES[next++];
	}

	private String create(String inseeCode) throws Exception {
		this.mvc
			.perform(post("/api/platform/communes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"inseeCode\":\"" + inseeCode + "\"}"))
			.andExpect(status().isCreated());
		return this.jdbc.sql("select slug from tenant where official_code = ?")
			.param(inseeCode)
			.query(String.class)
			.single();
	}

	private UUID idOf(String slug) {
		return this.jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single();
	}

	private ResultActions activate(String tenant, String key, String body) throws Exception {
		return this.mvc
			.perform(put("/api/platform/tenants/{t}/modules/{k}", tenant, key).contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

}
