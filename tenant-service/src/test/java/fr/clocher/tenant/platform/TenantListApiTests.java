package fr.clocher.tenant.platform;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.SignedInAsOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's tenant list, members and activation matrix against a real database, on
 * two intercommunalities of the Landes (40) that no other test uses: CC du Seignanx (8
 * communes) and CC de Mimizan (6 communes). Every assertion narrows to them, so tenants
 * other tests create do not matter.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SignedInAsOperator.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantListApiTests {

	static final String SEIGNANX = "244000659";

	static final String MIMIZAN = "244000543";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void twoIntercommunalities() throws Exception {
		postJson("/api/platform/intercommunalities", "{\"siren\":\"" + SEIGNANX + "\"}")
			.andExpect(status().isCreated());
		postJson("/api/platform/intercommunalities", "{\"siren\":\"" + MIMIZAN + "\"}").andExpect(status().isCreated());
		this.mvc
			.perform(put("/api/platform/tenants/{t}/modules/notes", "tarnos").contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\":true}"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/platform/tenants/{t}/suspend", "ondres")).andExpect(status().isOk());
	}

	@Test
	void aDepartmentIsPagedAndCountedInTheDatabase() throws Exception {
		this.mvc
			.perform(get("/api/platform/tenants").param("department", "40")
				.param("size", "5")
				.param("page", "1")
				.param("name", "")
				.param("kind", "COMMUNE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(14))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items", hasSize(5)));
		this.mvc.perform(get("/api/platform/tenants").param("department", "40").param("page", "9"))
			.andExpect(jsonPath("$.totalItems").value(16))
			.andExpect(jsonPath("$.items", empty()));
	}

	@Test
	void theListSortsByPopulationOrLastActivityEitherWay() throws Exception {
		this.mvc
			.perform(get("/api/platform/tenants").param("intercommunality", slugOf(SEIGNANX))
				.param("sort", "POPULATION")
				.param("descending", "true")
				.param("size", "3"))
			.andExpect(jsonPath("$.items[*].name", contains("Tarnos", "Ondres", "Saint-Martin-de-Seignanx")));
		this.mvc
			.perform(get("/api/platform/tenants").param("intercommunality", slugOf(SEIGNANX))
				.param("sort", "POPULATION")
				.param("size", "1"))
			.andExpect(jsonPath("$.items[0].name").value("Biarrotte"));
		this.mvc
			.perform(get("/api/platform/tenants").param("department", "40")
				.param("sort", "LAST_ACTIVITY")
				.param("descending", "true")
				.param("size", "2"))
			.andExpect(jsonPath("$.items[0].slug").value("tarnos"))
			.andExpect(jsonPath("$.items[0].lastActivityAt", notNullValue()))
			.andExpect(jsonPath("$.items[1].lastActivityAt", nullValue()));
	}

	@Test
	void rowsCarryModulesOnStatusAndMemberCount() throws Exception {
		this.mvc.perform(get("/api/platform/tenants").param("name", "tarn").param("department", "40"))
			.andExpect(jsonPath("$.items[0].modulesOn", containsInAnyOrder("notes", "website")))
			.andExpect(jsonPath("$.items[0].memberCount").value(0));
		this.mvc.perform(get("/api/platform/tenants").param("kind", "INTERCOMMUNALITY").param("department", "40"))
			.andExpect(jsonPath("$.items[*].name", contains("CC de Mimizan", "CC du Seignanx")))
			.andExpect(jsonPath("$.items[*].memberCount", contains(6, 8)))
			.andExpect(jsonPath("$.items[0].modulesOn", contains("website")));
		this.mvc.perform(get("/api/platform/tenants").param("status", "SUSPENDED").param("department", "40"))
			.andExpect(jsonPath("$.items[*].slug", contains("ondres")));
	}

	@Test
	void tenantsAreFilteredByModuleOnAndByOfficialCodePrefix() throws Exception {
		this.mvc.perform(get("/api/platform/tenants").param("module", "notes").param("department", "40"))
			.andExpect(jsonPath("$.items[*].slug", contains("tarnos")));
		this.mvc.perform(get("/api/platform/tenants").param("module", "weather"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("unknown-module"))
			.andExpect(jsonPath("$.field").value("module"));
		this.mvc.perform(get("/api/platform/tenants").param("name", "40312"))
			.andExpect(jsonPath("$.items[*].name", contains("Tarnos")));
	}

	@Test
	void anIntercommunalityOpensOnItsMembers() throws Exception {
		this.mvc.perform(get("/api/platform/tenants/{t}/members", slugOf(MIMIZAN)).param("size", "4"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(6))
			.andExpect(jsonPath("$.items", hasSize(4)))
			.andExpect(jsonPath("$.items[0].name").value("Aureilhan"));
		this.mvc.perform(get("/api/platform/tenants/{t}/members", "nowhere"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("unknown-tenant"));
	}

	@Test
	void theMatrixCountsModulesOverAnIntercommunalityOrADepartment() throws Exception {
		this.mvc.perform(get("/api/platform/modules/matrix").param("intercommunality", slugOf(SEIGNANX)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.modules[?(@.key == 'notes')].key").value("notes"))
			.andExpect(jsonPath("$.modules[?(@.key == 'notes')].enabled").value(1))
			.andExpect(jsonPath("$.modules[?(@.key == 'notes')].eligible").value(8))
			.andExpect(jsonPath("$.tenants.totalItems").value(8));
		this.mvc.perform(get("/api/platform/modules/matrix").param("department", "40").param("size", "2"))
			.andExpect(jsonPath("$.modules[?(@.key == 'notes')].enabled").value(1))
			.andExpect(jsonPath("$.modules[?(@.key == 'notes')].eligible").value(14))
			.andExpect(jsonPath("$.tenants.totalItems").value(16))
			.andExpect(jsonPath("$.tenants.items", hasSize(2)));
	}

	@Test
	void theReferenceIsSearchedByNameOrPostcodeAndSaysWhatIsRegistered() throws Exception {
		this.mvc.perform(get("/api/platform/reference/communes").param("q", "40220"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("Tarnos")))
			.andExpect(jsonPath("$[*].postalCodes[*]", everyItem(startsWith("40"))));
		this.mvc.perform(get("/api/platform/reference/communes").param("q", "TARNOS"))
			.andExpect(jsonPath("$[0].name").value("Tarnos"))
			.andExpect(jsonPath("$[0].registered").value(true))
			.andExpect(jsonPath("$[0].intercommunalityName").value("CC du Seignanx"));
		this.mvc.perform(get("/api/platform/reference/communes").param("q", "CASTANET tol").param("limit", "3"))
			.andExpect(jsonPath("$[0].inseeCode").value("31113"))
			.andExpect(jsonPath("$[0].postalCodes[0]").value("31320"));
		this.mvc.perform(get("/api/platform/reference/intercommunalities").param("q", "seignanx"))
			.andExpect(jsonPath("$[0].siren").value(SEIGNANX))
			.andExpect(jsonPath("$[0].memberCount").value(8))
			.andExpect(jsonPath("$[0].registered").value(true));
		this.mvc.perform(get("/api/platform/reference/communes").param("q", "x").param("limit", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	private ResultActions postJson(String path, String body) throws Exception {
		return this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String slugOf(String officialCode) {
		return this.jdbc.sql("select slug from tenant where official_code = ?")
			.param(officialCode)
			.query(String.class)
			.single();
	}

}
