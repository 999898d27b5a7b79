package fr.clocher.wastebilling.service.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.wastebilling.service.TariffTests;
import fr.clocher.wastebilling.service.TenantSql;
import fr.clocher.wastebilling.service.WasteBillingTest;
import fr.clocher.wastebilling.service.WasteBillingTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A billing period from the secretary's side: compute, review, recompute to the same
 * result, validate, issue with numbers, and correct an issued invoice by a credit note
 * and a new invoice, the issued one never changing. The amounts are those of
 * {@link InvoiceMathsTests}, through the API and the database.
 */
@WasteBillingTest
class BillingRunTests extends WasteBillingTestCase {

	UUID household;

	@BeforeEach
	void aHouseholdArrivingInMarchAndARestaurantWithTheirLifts() throws Exception {
		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		this.household = this.api.household("F-1", 2, "2026-03-10", null);
		UUID bin = this.api.bin("TAG-F1", 120);
		this.api.assign(bin, this.household, "2026-03-10", null);
		UUID restaurant = this.api.professional("R-1", "RESTAURANT", "2015-01-01");
		UUID big = this.api.bin("TAG-R1", 240);
		this.api.assign(big, restaurant, "2015-01-01", null);
		List<String> lifts = new ArrayList<>();
		for (String day : new String[] { "03-12", "03-26", "04-02", "04-09", "04-16", "05-07", "05-14", "05-21",
				"06-04", "06-18" }) {
			lifts.add("TAG-F1;2026-" + day + "T06:00:00;");
		}
		for (int month = 1; month <= 6; month++) {
			lifts.add("TAG-R1;2026-0" + month + "-05T05:00:00;");
			if (month <= 2) {
				lifts.add("TAG-R1;2026-0" + month + "-20T05:00:00;");
			}
		}
		this.api.lifts("premier-semestre.csv", lifts.toArray(String[]::new));
	}

	@Test
	void aPeriodIsComputedReviewedRecomputedIdenticallyValidatedAndIssued() throws Exception {
		String run = created(2026, 1);
		this.api.post("/billing-runs", "{\"year\":2026,\"half\":1}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("run-exists"));
		this.api.post("/billing-runs/{id}/validate", null, run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("run-not-in-state"));
		// F-1: 40,00 + 6 extra lifts 21,00 + 2 persons 16,00 = 77,00.
		// 240 L 90,00 + 8 lifts, 6 included, 2 × 6,00 = 12,00 + flat rate 240,00 =
		// 342,00.
		this.api.post("/billing-runs/{id}/compute", null, run)
			.andExpect(jsonPath("$.status").value("REVIEW"))
			.andExpect(jsonPath("$.invoiceCount").value(2))
			.andExpect(jsonPath("$.totalCents").value(7_700 + 34_200));
		String first = invoices(run);
		this.api.get("/billing-runs/{id}/review", run)
			.andExpect(
					jsonPath("$.lineTotals[*].code", contains("EXTRA_LIFTS", "FIXED_BIN", "FIXED_PERSON", "FLAT_RATE")))
			.andExpect(jsonPath("$.lineTotals[0].amountCents").value(2_100 + 1_200))
			.andExpect(jsonPath("$.lineTotals[1].amountCents").value(4_000 + 9_000))
			.andExpect(jsonPath("$.previousRunId").value(nullValue()));
		String invoiceOfF1 = JsonPath.read(first, "$.items[0].id");
		this.api.get("/invoices/{id}", invoiceOfF1)
			.andExpect(jsonPath("$.number").value(nullValue()))
			.andExpect(jsonPath("$.totalCents").value(7_700))
			.andExpect(jsonPath("$.lines[1].basis")
				.value("10 levée(s) comptée(s), 4 incluse(s) (12 × 4/12) : 6 × 3,50 €"));
		String lines = lineRows();
		this.api.post("/billing-runs/{id}/compute", null, run).andExpect(jsonPath("$.totalCents").value(41_900));
		assertThat(invoices(run)).isEqualTo(first);
		assertThat(lineRows()).isEqualTo(lines);

		this.api.post("/billing-runs/{id}/validate", null, run).andExpect(jsonPath("$.status").value("VALIDATED"));
		this.api.post("/billing-runs/{id}/issue", null, run).andExpect(jsonPath("$.status").value("ISSUED"));
		this.api.get("/billing-runs/{id}/invoices", run)
			.andExpect(jsonPath("$.items[0].number").value(matchesPattern("\\d{4}-000001")))
			.andExpect(jsonPath("$.items[1].number").value(matchesPattern("\\d{4}-000002")));
		this.api.post("/billing-runs/{id}/compute", null, run).andExpect(status().isConflict());
		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("tariff-in-use"));
	}

	@Test
	void anIssuedInvoiceNeverChangesAndIsCorrectedByACreditNoteAndANewInvoice() throws Exception {
		String run = issued(created(2026, 1));
		String invoiceOfF1 = JsonPath.read(invoices(run), "$.items[0].id");
		assertThatThrownBy(() -> inTenant("update waste_invoice set total_cents = 1 where id = '" + invoiceOfF1 + "'"))
			.hasMessageContaining("an issued invoice never changes");
		assertThatThrownBy(() -> inTenant("delete from waste_invoice_line where invoice_id = '" + invoiceOfF1 + "'"))
			.hasMessageContaining("never change");

		// One more person: 2 × ... becomes 3 persons × 24,00 × 4/12 = 24,00 instead of
		// 16,00.
		this.api.put("/payers/{id}", """
				{"kind":"HOUSEHOLD","reference":"F-1","name":"Famille F-1","address":"1 rue de l'Église 31450",
				 "communeId":"%s","householdSize":3,"activeFrom":"2026-03-10"}
				""".formatted(this.cc.communes().get(0)), this.household).andExpect(status().isOk());
		this.api.post("/invoices/{id}/correct", null, invoiceOfF1)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.creditNote.kind").value("CREDIT_NOTE"))
			.andExpect(jsonPath("$.creditNote.totalCents").value(-7_700))
			.andExpect(jsonPath("$.creditNote.corrects").value(invoiceOfF1))
			.andExpect(jsonPath("$.creditNote.number").value(matchesPattern("\\d{4}-000003")))
			.andExpect(jsonPath("$.replacement.totalCents").value(8_500))
			.andExpect(jsonPath("$.replacement.number").value(matchesPattern("\\d{4}-000004")));
		this.api.get("/invoices/{id}", invoiceOfF1)
			.andExpect(jsonPath("$.totalCents").value(7_700))
			.andExpect(jsonPath("$.number").value(matchesPattern("\\d{4}-000001")));
		this.api.post("/invoices/{id}/correct", null, invoiceOfF1)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invoice-corrected"));
		this.api.get("/billing-runs/{id}", run).andExpect(jsonPath("$.totalCents").value(41_900));

		// The next half-year is reviewed against what was billed in all (net of the
		// correction).
		String next = created(2026, 2);
		this.api.post("/billing-runs/{id}/compute", null, next).andExpect(status().isOk());
		this.api.get("/billing-runs/{id}/review", next)
			.andExpect(jsonPath("$.previousRunId").value(run))
			.andExpect(jsonPath("$.previousTotalCents").value(41_900 - 7_700 + 8_500))
			.andExpect(jsonPath("$.differences", hasSize(2)));
	}

	@Test
	void anInvoiceBelongsToAPayerAndARunOfItsTenantWhichAreNeverDeleted() throws Exception {
		String run = created(2026, 1);
		this.api.post("/billing-runs/{id}/compute", null, run).andExpect(status().isOk());
		String nobody = UUID.randomUUID().toString();
		assertThatThrownBy(() -> inTenant(invoiceFor(nobody, run))).hasMessageContaining("payer " + nobody)
			.hasMessageContaining("does not exist");
		String noRun = UUID.randomUUID().toString();
		assertThatThrownBy(() -> inTenant(invoiceFor(this.household.toString(), noRun)))
			.hasMessageContaining("billing run " + noRun)
			.hasMessageContaining("does not exist");
		String invoice = JsonPath.read(invoices(run), "$.items[0].id");
		assertThatThrownBy(
				() -> inTenant("update waste_invoice set payer_id = '" + nobody + "' where id = '" + invoice + "'"))
			.hasMessageContaining("never moves to another payer or run");
		assertThatThrownBy(() -> inTenant("delete from waste_payer where id = '" + this.household + "'")).rootCause()
			.hasMessageContaining("permission denied for table waste_payer");
		assertThatThrownBy(() -> inTenant("delete from waste_billing_run where id = '" + run + "'")).rootCause()
			.hasMessageContaining("permission denied for table waste_billing_run");
		assertThat(JsonPath.<Integer>read(invoices(run), "$.totalItems")).isEqualTo(2);
	}

	private static String invoiceFor(String payer, String run) {
		return "insert into waste_invoice (tenant_id, id, run_id, payer_id, kind, total_cents) values "
				+ "(clocher_current_tenant(), '" + UUID.randomUUID() + "', '" + run + "', '" + payer
				+ "', 'INVOICE', 100)";
	}

	private String created(int year, int half) throws Exception {
		return body(this.api.post("/billing-runs", "{\"year\":" + year + ",\"half\":" + half + "}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT")), "$.id");
	}

	private String issued(String run) throws Exception {
		this.api.post("/billing-runs/{id}/compute", null, run).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/validate", null, run).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/issue", null, run).andExpect(status().isOk());
		return run;
	}

	private String invoices(String run) throws Exception {
		return this.api.get("/billing-runs/{id}/invoices", run).andReturn().getResponse().getContentAsString();
	}

	/** Every invoice line of the tenant, as text, in a stable order. */
	private String lineRows() {
		return TenantSql.inTenant(this.sql, this.cc.id(), (statement) -> {
			StringBuilder rows = new StringBuilder();
			try (var result = statement
				.executeQuery("select l::text from waste_invoice_line l order by invoice_id, line_no")) {
				while (result.next()) {
					rows.append(result.getString(1)).append('\n');
				}
			}
			return rows.toString();
		});
	}

	private void inTenant(String update) {
		TenantSql.inTenant(this.sql, this.cc.id(), (statement) -> statement.executeUpdate(update));
	}

	private static String body(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
	}

}
