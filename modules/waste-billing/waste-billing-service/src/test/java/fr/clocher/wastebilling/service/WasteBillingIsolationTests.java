package fr.clocher.wastebilling.service;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Intercommunality A's payers, bins, lifts, tariffs, runs and invoices are out of B's
 * reach: through the API with tokens of the realm's shape, and under plain SQL with the
 * application's role, row-level security alone deciding.
 */
@WasteBillingTest
class WasteBillingIsolationTests extends WasteBillingTestCase {

	private static final List<String> TABLES = List.of("waste_payer", "waste_exemption", "waste_bin",
			"waste_bin_assignment", "waste_tariff", "waste_lift_import", "waste_lift", "waste_billing_run",
			"waste_invoice", "waste_invoice_line", "waste_invoice_counter", "waste_job", "waste_job_error");

	Intercommunality a;

	Intercommunality b;

	WasteRequests asA;

	WasteRequests asB;

	UUID payerOfA;

	UUID binOfA;

	String importOfA;

	String runOfA;

	String invoiceOfA;

	@BeforeEach
	void anIntercommunalityWithEverythingIssuedAndAnother() throws Exception {
		this.a = this.cc;
		this.b = Intercommunality.create(this.jdbc, this.modules);
		this.asA = this.api;
		this.asB = new WasteRequests(this.mvc, this.b);
		this.asA.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		this.payerOfA = this.asA.household("SECRET-1", 2, "2026-01-01", null);
		this.asA
			.post("/payers/{id}/exemptions",
					"{\"reason\":\"Raison\",\"proofReference\":\"P\",\"validFrom\":\"2026-05-01\"}", this.payerOfA)
			.andExpect(status().isCreated());
		this.binOfA = this.asA.bin("TAG-A", 120);
		this.asA.assign(this.binOfA, this.payerOfA, "2026-01-01", null);
		this.importOfA = this.asA.lifts("a.csv", "TAG-A;2026-02-02T06:00:00;8", "TAG-NONE;2026-02-02T06:00:00;8");
		this.runOfA = JsonPath.read(this.asA.post("/billing-runs", "{\"year\":2026,\"half\":1}")
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.asA.post("/billing-runs/{id}/compute", null, this.runOfA).andExpect(status().isOk());
		this.asA.ended("/lift-import-jobs/{id}",
				JsonPath.read(this.mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.post(Intercommunality.api("/lift-import-jobs"), this.a.slug())
						.with(this.a.secretary())
						.param("fileName", "refuse.csv")
						.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
						.content("badge;horodatage;camion\n;2026-02-02T06:00:00;C1\n".getBytes()))
					.andReturn()
					.getResponse()
					.getContentAsString(), "$.id"));
		this.asA.post("/billing-runs/{id}/validate", null, this.runOfA).andExpect(status().isOk());
		this.asA.post("/billing-runs/{id}/issue", null, this.runOfA).andExpect(status().isOk());
		this.invoiceOfA = JsonPath.read(
				this.asA.get("/billing-runs/{id}/invoices", this.runOfA).andReturn().getResponse().getContentAsString(),
				"$.items[0].id");
	}

	@Test
	void bsSecretaryCannotReadOrChangeAsDataThroughTheApi() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get(Intercommunality.api("/payers"), this.a.slug())
				.with(this.b.secretary()))
			.andExpect(status().isForbidden());
		this.asB.get("/payers/{id}", this.payerOfA)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("payer-not-found"));
		this.asB.put("/payers/{id}", """
				{"kind":"HOUSEHOLD","reference":"X","name":"Piraté","address":"x","communeId":"%s",
				 "householdSize":1,"activeFrom":"2026-01-01"}
				""".formatted(this.b.communes().get(0)), this.payerOfA).andExpect(status().isNotFound());
		this.asB.get("/payers/{id}/exemptions", this.payerOfA).andExpect(status().isNotFound());
		this.asB.get("/bins/{id}", this.binOfA).andExpect(status().isNotFound());
		this.asB.post("/bins/{id}/blacklist", "{\"from\":\"2026-01-01\",\"reason\":\"x\"}", this.binOfA)
			.andExpect(status().isNotFound());
		this.asB.get("/lift-imports/{id}/anomalies", this.importOfA).andExpect(status().isNotFound());
		this.asB.get("/billing-runs/{id}", this.runOfA).andExpect(status().isNotFound());
		this.asB.post("/billing-runs/{id}/compute", null, this.runOfA).andExpect(status().isNotFound());
		this.asB.get("/invoices/{id}", this.invoiceOfA).andExpect(status().isNotFound());
		this.asB.post("/invoices/{id}/correct", null, this.invoiceOfA).andExpect(status().isNotFound());
		this.asB.get("/tariffs/{y}", 2026).andExpect(status().isNotFound());
		this.asB.get("/payers").andExpect(jsonPath("$.totalItems").value(0));
		this.asB.get("/payers?q=secret").andExpect(jsonPath("$.totalItems").value(0));
		this.asB.get("/billing-runs").andExpect(jsonPath("$", hasSize(0)));
		// A's commune is not B's; A's payer cannot hold B's bin; B may use A's tag.
		this.asB.post("/payers", """
				{"kind":"HOUSEHOLD","reference":"B-1","name":"Famille","address":"x","communeId":"%s",
				 "householdSize":1,"activeFrom":"2026-01-01"}
				""".formatted(this.a.communes().get(0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("communeId"));
		UUID binOfB = this.asB.bin("TAG-A", 240);
		this.asB
			.post("/bins/{id}/assignments", "{\"payerId\":\"" + this.payerOfA + "\",\"startDate\":\"2026-01-01\"}",
					binOfB)
			.andExpect(status().isNotFound());
		// B's lifts of tag TAG-A are B's bin's, unassigned there; A's lift stays A's.
		String importOfB = this.asB.lifts("b.csv", "TAG-A;2026-02-02T06:00:00;8");
		this.asB.get("/lift-imports/{id}", importOfB)
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.anomalies.BIN_NOT_ASSIGNED").value(1));
		this.asA.get("/lift-imports/{id}", this.importOfA).andExpect(jsonPath("$.imported").value(2));
	}

	@Test
	void rowLevelSecurityHidesAsRowsFromBAndRefusesWritesWithoutAnyCondition() {
		assertThat(this.sql.queryForObject("select rolbypassrls from pg_roles where rolname = current_user",
				Boolean.class))
			.isFalse();
		for (String table : TABLES) {
			assertThat(this.sql.queryForObject("select count(*) from " + table, Integer.class))
				.as("%s without a tenant", table)
				.isZero();
		}
		inTenant(this.b.id(), (statement) -> {
			for (String table : TABLES) {
				assertThat(count(statement, "select count(*) from " + table)).as("%s as B", table).isZero();
				assertThat(statement.executeUpdate("update " + table + " set tenant_id = tenant_id")).as(table)
					.isZero();
			}
			assertThat(statement.executeUpdate("delete from waste_lift")).isZero();
		});
		assertThatThrownBy(() -> inTenant(this.b.id(),
				(statement) -> statement
					.executeUpdate("insert into waste_bin (tenant_id, id, tag, volume_litres, created_at) values ('"
							+ this.a.id() + "', '" + UUID.randomUUID() + "', 'INTRUS', 120, now())")))
			.rootCause()
			.hasMessageContaining("row-level security");
		assertThatThrownBy(() -> inTenant(this.b.id(), (statement) -> statement.executeUpdate(
				"insert into waste_invoice (tenant_id, id, run_id, payer_id, kind, total_cents) values (clocher_current_tenant(), '"
						+ UUID.randomUUID() + "', '" + UUID.randomUUID() + "', '" + this.payerOfA
						+ "', 'INVOICE', 1)")))
			.rootCause()
			.hasMessageContaining("payer " + this.payerOfA + " does not exist");
		inTenant(this.a.id(), (statement) -> {
			for (String table : TABLES) {
				assertThat(count(statement, "select count(*) from " + table)).as("%s as A", table).isPositive();
			}
		});
	}

	private static long count(Statement statement, String query) throws SQLException {
		return TenantSql.count(statement, query);
	}

	private void inTenant(UUID tenant, SqlWork work) {
		TenantSql.inTenant(this.sql, tenant, (statement) -> {
			work.run(statement);
			return null;
		});
	}

	@FunctionalInterface
	private interface SqlWork {

		void run(Statement statement) throws SQLException;

	}

}
