package fr.clocher.wastebilling.service;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tariff grid of a year: saved and read back, every bad field named with its place.
 */
@WasteBillingTest
public class TariffTests extends WasteBillingTestCase {

	/** A grid as a council votes it (the billing tests' worked examples use it). */
	public static final String GRID_2026 = """
			{"year":2026,
			 "volumes":[{"volumeLitres":120,"fixedCents":12000,"includedLifts":12,"extraLiftCents":350},
			            {"volumeLitres":240,"fixedCents":18000,"includedLifts":12,"extraLiftCents":600}],
			 "perPersonCents":2400,
			 "pricePerKgCents":null,
			 "professionalRates":[{"code":"RESTAURANT","label":"Restaurant","annualCents":48000}],
			 "minimumChargeCents":9000}
			""";

	@Test
	void aGridIsSavedPerYearAndReadBack() throws Exception {
		this.api.get("/tariffs/{y}", 2026)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("tariff-not-found"));
		this.api.put("/tariffs/{y}", GRID_2026, 2026).andExpect(status().isOk());
		this.api.put("/tariffs/{y}", GRID_2026.replace("\"year\":2026", "\"year\":2027"), 2027)
			.andExpect(status().isOk());
		this.api.get("/tariffs/{y}", 2026)
			.andExpect(jsonPath("$.volumes[1].extraLiftCents").value(600))
			.andExpect(jsonPath("$.professionalRates[0].code").value("RESTAURANT"))
			.andExpect(jsonPath("$.minimumChargeCents").value(9000));
		this.api.get("/tariffs").andExpect(jsonPath("$", contains(2027, 2026)));
	}

	@Test
	void everyBadFieldIsNamedWithItsPlaceAndNothingIsSaved() throws Exception {
		this.api.put("/tariffs/{y}", """
				{"year":2025,
				 "volumes":[{"volumeLitres":120,"fixedCents":12000,"includedLifts":12,"extraLiftCents":350},
				            {"volumeLitres":120,"fixedCents":-1,"includedLifts":12}],
				 "pricePerKgCents":-3,
				 "professionalRates":[{"code":"resto","label":"","annualCents":100}]}
				""", 2026)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-request"))
			.andExpect(jsonPath("$.errors[*].field",
					contains("year", "volumes[1].volumeLitres", "volumes[1].fixedCents", "volumes[1].extraLiftCents",
							"pricePerKgCents", "professionalRates[0].code", "professionalRates[0].label")))
			.andExpect(jsonPath("$.errors[2].reason").value(containsString("entre 0 et")));
		this.api.put("/tariffs/{y}", "{\"volumes\":[]}", 2026)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("volumes"));
		this.api.get("/tariffs/{y}", 2026).andExpect(status().isNotFound());
	}

}
