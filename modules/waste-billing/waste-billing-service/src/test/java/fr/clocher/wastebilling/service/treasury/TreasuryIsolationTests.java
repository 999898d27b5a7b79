package fr.clocher.wastebilling.service.treasury;

import java.sql.Statement;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.wastebilling.service.Intercommunality;
import fr.clocher.wastebilling.service.TariffTests;
import fr.clocher.wastebilling.service.TenantSql;
import fr.clocher.wastebilling.service.WasteBillingTest;
import fr.clocher.wastebilling.service.WasteBillingTestCase;
import fr.clocher.wastebilling.service.WasteRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Intercommunality A's treasury identifiers and PES file are out of B's reach: through
 * the API with tokens of the realm's shape, and under plain SQL with the application's
 * role, row-level security alone deciding.
 */
@WasteBillingTest
class TreasuryIsolationTests extends WasteBillingTestCase {

	Intercommunality b;

	WasteRequests asB;

	String runOfA;

	@BeforeEach
	void aWithSettingsAndAnIssuedRunAndBWithNothing() throws Exception {
		this.b = Intercommunality.create(this.jdbc, this.modules);
		this.asB = new WasteRequests(this.mvc, this.b);
		this.api.put("/treasury-settings", PesExportTests.SETTINGS).andExpect(status().isOk());
		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		this.api.household("A-1", 2, "2015-01-01", null);
		this.runOfA = JsonPath.read(this.api.post("/billing-runs", "{\"year\":2026,\"half\":1}")
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.api.post("/billing-runs/{id}/compute", null, this.runOfA).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/validate", null, this.runOfA).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/issue", null, this.runOfA).andExpect(status().isOk());
		this.api.get("/billing-runs/{id}/pes", this.runOfA).andExpect(status().isOk());
	}

	@Test
	void bsSecretaryCannotReadAsSettingsNorExportAsRun() throws Exception {
		this.mvc
			.perform(MockMvcRequestBuilders.get(Intercommunality.api("/treasury-settings"), this.cc.slug())
				.with(this.b.secretary()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(MockMvcRequestBuilders
				.get(Intercommunality.api("/billing-runs/{id}/pes"), this.cc.slug(), this.runOfA)
				.with(this.b.secretary()))
			.andExpect(status().isForbidden());
		this.asB.get("/treasury-settings").andExpect(status().isOk()).andExpect(jsonPath("$.siret").value(nullValue()));
		this.asB.get("/billing-runs/{id}/pes", this.runOfA)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("run-not-found"));
		this.asB.post("/billing-runs/{id}/pes-jobs", null, this.runOfA)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("run-not-found"));
		this.asB.put("/treasury-settings", PesExportTests.SETTINGS.replace("031042", "031999"))
			.andExpect(status().isOk());
		this.api.get("/treasury-settings").andExpect(jsonPath("$.postingOffice").value("031042"));
	}

	@Test
	void aPesJobOfAIsUnknownToB() throws Exception {
		String job = JsonPath.read(this.api.post("/billing-runs/{id}/pes-jobs", null, this.runOfA)
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		assertThat((String) JsonPath.read(this.api.ended("/pes-jobs/{id}", job), "$.state")).isEqualTo("DONE");
		this.asB.get("/pes-jobs/{id}", job)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("job-not-found"));
		this.asB.get("/pes-jobs/{id}/file", job)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("job-not-found"));
		this.api.get("/pes-jobs/{id}/file", job).andExpect(status().isOk());
	}

	@Test
	void rowLevelSecurityHidesAsSettingsFromB() {
		assertThat(this.sql.queryForObject("select count(*) from waste_treasury_settings", Integer.class)).isZero();
		TenantSql.inTenant(this.sql, this.b.id(), (Statement statement) -> {
			assertThat(TenantSql.count(statement, "select count(*) from waste_treasury_settings")).isZero();
			assertThat(statement.executeUpdate("update waste_treasury_settings set siret = '00000000000000'")).isZero();
			assertThat(statement.executeUpdate("delete from waste_treasury_settings")).isZero();
			return null;
		});
		assertThatThrownBy(() -> TenantSql.inTenant(this.sql, this.b.id(), (statement) -> statement.executeUpdate(
				"insert into waste_treasury_settings (tenant_id, posting_office, siret, collectivity_code, budget_code, "
						+ "product_code, account, key_nature, updated_at) values ('" + this.cc.id()
						+ "', '031042', '24310063300011', '031', '00', 'REOM', '70612', '12', now())")))
			.rootCause()
			.hasMessageContaining("row-level security");
		TenantSql.inTenant(this.sql, this.cc.id(), (statement) -> {
			assertThat(TenantSql.count(statement,
					"select count(*) from waste_treasury_settings where siret = " + "'24310063300011'"))
				.isEqualTo(1);
			return null;
		});
	}

}
