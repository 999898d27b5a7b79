package fr.clocher.wastebilling.service.printing;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.wastebilling.service.Intercommunality;
import fr.clocher.wastebilling.service.TariffTests;
import fr.clocher.wastebilling.service.WasteBillingTest;
import fr.clocher.wastebilling.service.WasteBillingTestCase;
import fr.clocher.wastebilling.service.WasteRequests;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Intercommunality A's invoice PDFs, run prints and ledger are out of B's reach, through
 * the API with tokens of the realm's shape: B's secretary on A's address is refused, and
 * on B's own address A's invoice, run and print job do not exist.
 */
@WasteBillingTest
class InvoicePrintsIsolationTests extends WasteBillingTestCase {

	@Test
	void bsSecretaryCannotFetchAsInvoicePdfsPrintsOrLedger() throws Exception {
		WasteRequests asA = this.api;
		Intercommunality b = Intercommunality.create(this.jdbc, this.modules);
		WasteRequests asB = new WasteRequests(this.mvc, b);
		asA.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		UUID payer = asA.household("SECRET-1", 2, "2026-01-01", null);
		asA.assign(asA.bin("TAG-A", 120), payer, "2026-01-01", null);
		String run = JsonPath.read(
				asA.post("/billing-runs", "{\"year\":2026,\"half\":1}").andReturn().getResponse().getContentAsString(),
				"$.id");
		asA.post("/billing-runs/{id}/compute", null, run).andExpect(status().isOk());
		asA.post("/billing-runs/{id}/validate", null, run).andExpect(status().isOk());
		asA.post("/billing-runs/{id}/issue", null, run).andExpect(status().isOk());
		String invoice = JsonPath.read(
				asA.get("/billing-runs/{id}/invoices", run).andReturn().getResponse().getContentAsString(),
				"$.items[0].id");
		String job = JsonPath.read(asA.post("/billing-runs/{id}/print-jobs", null, run)
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		assertThat((String) JsonPath.read(asA.ended("/run-print-jobs/{id}", job), "$.state")).isEqualTo("DONE");
		asA.get("/run-print-jobs/{id}/pdf", job).andExpect(status().isOk());

		for (String path : new String[] { "/invoices/" + invoice + "/pdf", "/billing-runs/" + run + "/ledger",
				"/run-print-jobs/" + job + "/pdf" }) {
			this.mvc.perform(MockMvcRequestBuilders.get(Intercommunality.api(path), this.cc.slug()).with(b.secretary()))
				.andExpect(status().isForbidden());
		}
		asB.get("/invoices/{id}/pdf", invoice)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("invoice-not-found"));
		asB.get("/billing-runs/{id}/ledger", run)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("run-not-found"));
		asB.post("/billing-runs/{id}/print-jobs", null, run)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("run-not-found"));
		asB.get("/run-print-jobs/{id}", job)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("job-not-found"));
		asB.get("/run-print-jobs/{id}/pdf", job)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("job-not-found"));
	}

}
