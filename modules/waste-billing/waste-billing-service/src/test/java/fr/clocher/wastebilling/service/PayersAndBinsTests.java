package fr.clocher.wastebilling.service;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretary keeps payers and bins through the API: fields refused by name, references
 * and tags unique within the tenant, search with paging, bins handed from one payer to
 * another over dates, lost bins blacklisted, exemptions with their proof.
 */
@WasteBillingTest
class PayersAndBinsTests extends WasteBillingTestCase {

	@Test
	void thePayersCommuneIsOneOfItsMembersAndEveryBadFieldIsNamedInFrench() throws Exception {
		this.api.get("/communes").andExpect(jsonPath("$", hasSize(2)));
		this.api.post("/payers", """
				{"kind":"HOUSEHOLD","reference":"R 1","name":"","address":"x","communeId":"%s",
				 "householdSize":0,"activeFrom":"2026-03-01","activeTo":"2026-02-01"}
				""".formatted(UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("reference"))
			.andExpect(jsonPath("$.errors[1].field").value("name"))
			.andExpect(jsonPath("$.errors[1].reason").value("Ce champ est obligatoire."))
			.andExpect(jsonPath("$.errors[2].field").value("communeId"))
			.andExpect(jsonPath("$.errors[2].reason").value(containsString("pas membre")))
			.andExpect(jsonPath("$.errors[3].field").value("householdSize"))
			.andExpect(jsonPath("$.errors[4].field").value("activeTo"));
		this.api.get("/payers").andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void aReferenceIsUniqueWithinTheTenantAndTheSearchPagesByName() throws Exception {
		for (int i = 0; i < 12; i++) {
			this.api.household("R-%02d".formatted(i), 2, "2026-01-01", null);
		}
		this.api.post("/payers", """
				{"kind":"PROFESSIONAL","reference":"R-03","name":"Boulangerie","address":"Place",
				 "communeId":"%s","professionalCategory":"COMMERCE","activeFrom":"2026-01-01"}
				""".formatted(this.cc.communes().get(1)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("reference-taken"))
			.andExpect(jsonPath("$.field").value("reference"));
		this.api.professional("P-1", "RESTAURANT", "2026-01-01");
		this.api.put("/payers/{id}", """
				{"kind":"HOUSEHOLD","reference":"R-99","name":"Famille Éléonore","address":"2 chemin",
				 "communeId":"%s","householdSize":4,"activeFrom":"2026-01-01","civility":"MONSIEUR",
				 "firstName":" Jean-Noël ","siret":"73282932000074"}
				""".formatted(this.cc.communes().get(1)), this.api.household("R-98", 1, "2026-01-01", null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communeName").value(containsString("Baziège")))
			.andExpect(jsonPath("$.civility").value("MONSIEUR"))
			.andExpect(jsonPath("$.firstName").value("Jean-Noël"))
			.andExpect(jsonPath("$.siret").doesNotExist());
		this.api.get("/payers?q=eleonore")
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].reference").value("R-99"));
		this.api.get("/payers?q=jean-noel")
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].reference").value("R-99"));
		this.api.get("/payers?size=5&page=2")
			.andExpect(jsonPath("$.totalItems").value(14))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.items", hasSize(4)));
		this.api.get("/payers?q=R-1").andExpect(jsonPath("$.totalItems").value(2));
		this.api.get("/payers?q=R-1&size=1&page=1")
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items", hasSize(1)));
		this.api.get("/payers?size=500")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("size"));
	}

	@Test
	void aBinPassesFromOnePayerToAnotherAndALostBinIsBlacklisted() throws Exception {
		UUID first = this.api.household("A-1", 2, "2025-01-01", "2026-03-19");
		UUID second = this.api.household("A-2", 3, "2026-03-20", null);
		UUID bin = this.api.bin("E2801160-0001", 120);
		this.api.post("/bins", "{\"tag\":\"E2801160-0001\",\"volumeLitres\":240}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("tag-taken"));
		this.api.post("/bins", "{\"tag\":\"x y\",\"volumeLitres\":5}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tag"))
			.andExpect(jsonPath("$.errors[1].field").value("volumeLitres"));
		this.api.assign(bin, first, "2025-01-01", null);
		this.api.assign(bin, second, "2026-03-20", null);
		this.api.get("/bins/{id}", bin)
			.andExpect(jsonPath("$.assignments", hasSize(2)))
			.andExpect(jsonPath("$.assignments[0].endDate").value("2026-03-19"))
			.andExpect(jsonPath("$.assignments[1].payerReference").value("A-2"))
			.andExpect(jsonPath("$.assignments[1].endDate").value(nullValue()));
		this.api.post("/bins/{id}/assignments", "{\"payerId\":\"" + first + "\",\"startDate\":\"2026-02-01\"}", bin)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("assignment-overlap"))
			.andExpect(jsonPath("$.detail").value(containsString("A-1")));
		this.api.post("/bins/{id}/blacklist", "{\"from\":\"2026-05-10\",\"reason\":\"Volé\"}", bin)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.blacklistedFrom").value("2026-05-10"))
			.andExpect(jsonPath("$.assignments[1].endDate").value("2026-05-09"));
		this.api.post("/bins/{id}/assignments", "{\"payerId\":\"" + second + "\",\"startDate\":\"2026-06-01\"}", bin)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("bin-blacklisted"));
		this.api.get("/payers/{id}/bins", second)
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].binTag").value("E2801160-0001"))
			.andExpect(jsonPath("$[0].volumeLitres").value(120));
		this.api.get("/bins?q=E280").andExpect(jsonPath("$.totalItems").value(1));
	}

	@Test
	void anExemptionNeedsAReasonAndAProof() throws Exception {
		UUID payer = this.api.household("X-1", 1, "2026-01-01", null);
		this.api.post("/payers/{id}/exemptions", "{\"validFrom\":\"2026-01-01\"}", payer)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[1].field").value("proofReference"));
		this.api.post("/payers/{id}/exemptions", """
				{"reason":"Résidence en EHPAD","proofReference":"Attestation 2026-17","validFrom":"2026-04-01"}
				""", payer).andExpect(status().isCreated());
		this.api.get("/payers/{id}/exemptions", payer)
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].proofReference").value("Attestation 2026-17"));
	}

	@Test
	void theModuleAnswers404WhenSwitchedOff() throws Exception {
		this.modules.set(this.cc.slug(), "waste-billing", false);
		this.api.get("/payers")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("module-not-enabled"));
	}

}
