package fr.clocher.tenant.platform;

import java.time.Duration;

import fr.clocher.kernel.test.IntegrationTest;
import org.awaitility.Awaitility;
import fr.clocher.tenant.SignedInAsOperator;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator API against a real database. Each test works on its own communes so the
 * tests do not depend on each other's order.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SignedInAsOperator.class)
class PlatformApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommuneIsCreatedFromItsInseeCodeAlone() throws Exception {
		postJson("/api/platform/communes", "{\"inseeCode\":\"31506\"}").andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/platform/tenants/")))
			.andExpect(jsonPath("$.tenant.kind").value("COMMUNE"))
			.andExpect(jsonPath("$.tenant.name").value("Saint-Orens-de-Gameville"))
			.andExpect(jsonPath("$.tenant.slug").value("saint-orens-de-gameville"))
			.andExpect(jsonPath("$.tenant.officialCode").value("31506"))
			.andExpect(jsonPath("$.tenant.department").value("31"))
			.andExpect(jsonPath("$.tenant.status").value("ACTIVE"))
			.andExpect(jsonPath("$.hosts[0].host").value("saint-orens-de-gameville.clocher.localhost"))
			.andExpect(jsonPath("$.hosts[0].kind").value("PLATFORM"));

		this.mvc.perform(get("/api/platform/tenants/saint-orens-de-gameville"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tenant.officialCode").value("31506"));
	}

	@Test
	void aSecondRegistrationIsRefusedNamingTheFieldInFrenchOrEnglish() throws Exception {
		postJson("/api/platform/communes", "{\"inseeCode\":\"01001\"}").andExpect(status().isCreated());

		postJson("/api/platform/communes", "{\"inseeCode\":\"01001\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:clocher:problem:already-registered"))
			.andExpect(jsonPath("$.field").value("inseeCode"))
			.andExpect(jsonPath("$.detail").value(
					"« L'Abergement-Clémenciat » est déjà inscrite sur la plateforme (identifiant « l-abergement-clemenciat »)."));
		this.mvc
			.perform(post("/api/platform/communes").contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
				.content("{\"inseeCode\":\"01001\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(
					"'L'Abergement-Clémenciat' is already registered on the platform (slug 'l-abergement-clemenciat')."));
		assertThat(count("select count(*) from tenant where official_code = '01001'")).isEqualTo(1);
	}

	@Test
	void unknownOrMalformedCodesAreRefusedWithTheField() throws Exception {
		postJson("/api/platform/communes", "{\"inseeCode\":\"99999\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("unknown-insee-code"))
			.andExpect(jsonPath("$.field").value("inseeCode"))
			.andExpect(jsonPath("$.detail").value("Aucune commune n'a le code INSEE « 99999 »."));
		postJson("/api/platform/communes", "{\"inseeCode\":\"abc\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("inseeCode"))
			.andExpect(jsonPath("$.errors[0].reason").value("Format invalide."));
		postJson("/api/platform/intercommunalities", "{\"siren\":\"123456789\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("unknown-siren"))
			.andExpect(jsonPath("$.field").value("siren"));
		postJson("/api/platform/communes", "{\"inseeCode\":").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("unreadable-body"));
		postJson("/api/platform/communes", "{\"inseeCode\":\"01002\",\"slug\":\"Pas Valide!\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-slug"))
			.andExpect(jsonPath("$.field").value("slug"));
		assertThat(count("select count(*) from tenant where official_code = '01002'")).isZero();
	}

	@Test
	void anIntercommunalityIsOnboardedWithAllItsMemberCommunes() throws Exception {
		postJson("/api/platform/communes", "{\"inseeCode\":\"31113\"}").andExpect(status().isCreated());

		postJson("/api/platform/intercommunalities", "{\"siren\":\"243100633\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.tenant.kind").value("INTERCOMMUNALITY"))
			.andExpect(jsonPath("$.tenant.slug").value("ca-du-sicoval"))
			.andExpect(jsonPath("$.tenant.department").value("31"))
			.andExpect(jsonPath("$.members", hasSize(36)));

		assertThat(count("select count(*) from tenant where kind = 'COMMUNE' and official_code = '31113'"))
			.isEqualTo(1);
		this.mvc.perform(get("/api/platform/tenants/{t}", slugOf("31113")))
			.andExpect(jsonPath("$.memberships[0].slug").value("ca-du-sicoval"));
		postJson("/api/platform/intercommunalities", "{\"siren\":\"243100633\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("already-registered"));
	}

	@Test
	void aFailedOnboardingLeavesNothingBehind() throws Exception {
		String memberSlug = "rabastens";
		postJson("/api/platform/syndicates", """
				{"siren":"200000001","name":"Syndicat des eaux","slug":"%s","memberInseeCodes":["81199"]}
				""".formatted(memberSlug)).andExpect(status().isCreated());

		postJson("/api/platform/intercommunalities", "{\"siren\":\"200066124\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("slug-taken"))
			.andExpect(jsonPath("$.field").value("memberInseeCodes"));

		assertThat(count("select count(*) from tenant where official_code = '200066124'")).isZero();
		assertThat(count("select count(*) from tenant where official_code = '81220'")).isZero();
	}

	@Test
	void aSyndicateIsCreatedByHandWithItsMembers() throws Exception {
		postJson("/api/platform/syndicates", """
				{"siren":"257100011","name":"Syndicat mixte de collecte","memberInseeCodes":["71001","71002"]}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.tenant.kind").value("SYNDICATE"))
			.andExpect(jsonPath("$.tenant.slug").value("syndicat-mixte-de-collecte"))
			.andExpect(jsonPath("$.members", hasSize(2)));

		postJson("/api/platform/syndicates", """
				{"siren":"257100012","name":"Autre syndicat","memberInseeCodes":["71003","00000"]}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("memberInseeCodes[1]"));
		assertThat(count("select count(*) from tenant where official_code in ('257100012', '71003')")).isZero();
	}

	@Test
	void tenantsAreFoundByAccentAndCaseInsensitiveNamePrefixAndFilters() throws Exception {
		postJson("/api/platform/intercommunalities", "{\"siren\":\"200072643\"}").andExpect(status().isCreated());

		this.mvc.perform(get("/api/platform/tenants").param("name", "SAINT-GAUDÉNS").param("department", "31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("Saint-Gaudens")));
		this.mvc
			.perform(get("/api/platform/tenants").param("intercommunality", slugOf("200072643"))
				.param("size", "10")
				.param("page", "2"))
			.andExpect(jsonPath("$.totalItems").value(104))
			.andExpect(jsonPath("$.totalPages").value(11))
			.andExpect(jsonPath("$.items", hasSize(10)))
			.andExpect(jsonPath("$.page").value(2));
		this.mvc.perform(get("/api/platform/tenants").param("kind", "INTERCOMMUNALITY").param("name", "cc coeur"))
			.andExpect(jsonPath("$.items[0].officialCode").value("200072643"));
		this.mvc.perform(get("/api/platform/tenants").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.mvc.perform(get("/api/platform/tenants").param("kind", "VILLAGE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
	}

	@Test
	void anOperatorSuspendsAndResumesATenant() throws Exception {
		postJson("/api/platform/communes", "{\"inseeCode\":\"09001\"}").andExpect(status().isCreated());
		String slug = slugOf("09001");

		this.mvc.perform(post("/api/platform/tenants/{t}/suspend", slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tenant.status").value("SUSPENDED"));
		this.mvc.perform(get("/api/platform/tenants").param("status", "SUSPENDED"))
			.andExpect(jsonPath("$.items[*].slug", hasItem(slug)));
		this.mvc.perform(get("/api/tenants/{t}/anything", slug))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("tenant-suspended"));
		this.mvc.perform(post("/api/platform/tenants/{t}/resume", slug))
			.andExpect(jsonPath("$.tenant.status").value("ACTIVE"));
		this.mvc.perform(post("/api/platform/tenants/{t}/suspend", "nowhere"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("unknown-tenant"));
	}

	@Test
	void customDomainsAreCheckedAndUnique() throws Exception {
		postJson("/api/platform/communes", "{\"inseeCode\":\"09002\"}").andExpect(status().isCreated());
		postJson("/api/platform/communes", "{\"inseeCode\":\"09003\"}").andExpect(status().isCreated());
		String slug = slugOf("09002");

		postJson("/api/platform/tenants/" + slug + "/hosts", "{\"host\":\"WWW.Mairie-Exemple.fr\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hosts[*].host", hasItem("www.mairie-exemple.fr")));
		postJson("/api/platform/tenants/" + slugOf("09003") + "/hosts", "{\"host\":\"www.mairie-exemple.fr\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("host-taken"));
		postJson("/api/platform/tenants/" + slug + "/hosts", "{\"host\":\"pas un domaine\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-host"))
			.andExpect(jsonPath("$.field").value("host"));
		postJson("/api/platform/tenants/" + slug + "/hosts", "{\"host\":\"autre.clocher.localhost\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("reserved-host"));
		this.mvc.perform(delete("/api/platform/tenants/{t}/hosts/{h}", slug, "www.mairie-exemple.fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hosts", hasSize(1)));
	}

	@Test
	void withKeycloakUnreachableTheTenantIsRecordedAndItsProvisioningWaits() throws Exception {
		postJson("/api/platform/communes", "{\"inseeCode\":\"08001\",\"secretaryEmail\":\"mairie@acy.test\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.provisioning.status").value("PENDING"))
			.andExpect(jsonPath("$.provisioning.pendingTasks").value(2));

		this.mvc.perform(post("/api/platform/provisioning/retry")).andExpect(status().isOk());
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> this.mvc.perform(get("/api/platform/tenants/{t}", slugOf("08001")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.provisioning.status").value("PENDING"))
				.andExpect(jsonPath("$.provisioning.lastError", containsString("Connect"))));
		this.mvc.perform(get("/api/platform/provisioning"))
			.andExpect(jsonPath("$.pendingTasks").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
	}

	@Test
	void theApiIsDescribedWithOpenApi() throws Exception {
		this.mvc.perform(get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/platform/communes'].post").exists())
			.andExpect(jsonPath("$.paths['/api/platform/intercommunalities'].post").exists())
			.andExpect(jsonPath("$.paths['/api/platform/tenants'].get").exists())
			.andExpect(jsonPath("$.paths['/api/platform/tenants/{tenant}/modules/{key}'].put").exists());
	}

	private ResultActions postJson(String path, String body) throws Exception {
		return this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private String slugOf(String officialCode) {
		return this.jdbc.sql("select slug from tenant where official_code = ?")
			.param(officialCode)
			.query(String.class)
			.single();
	}

}
