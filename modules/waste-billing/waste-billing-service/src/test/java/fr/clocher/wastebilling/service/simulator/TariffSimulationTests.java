package fr.clocher.wastebilling.service.simulator;

import java.util.UUID;

import fr.clocher.kernel.test.host.TestTokens;
import fr.clocher.wastebilling.service.Intercommunality;
import fr.clocher.wastebilling.service.TariffTests;
import fr.clocher.wastebilling.service.TenantSql;
import fr.clocher.wastebilling.service.WasteBillingTest;
import fr.clocher.wastebilling.service.WasteBillingTestCase;
import fr.clocher.wastebilling.service.WasteRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A draft grid on the first half of 2026 as issued, through the API. The current grid is
 * {@link TariffTests#GRID_2026}; three payers active all the half-year:
 * <ul>
 * <li>F-2, 2 persons, 120 L, 8 lifts: 60,00 + 2 × 3,50 + 24,00 = 91,00; draft 50,00 + (8
 * - 3) × 5,00 + 30,00 = 105,00 (+14,00)</li>
 * <li>S-1, 1 person, 120 L, 3 lifts: 60,00 + 12,00 = 72,00; draft 50,00 + 15,00 = 65,00
 * (-7,00)</li>
 * <li>R-1, restaurant, 240 L, 7 lifts: 90,00 + 6,00 + 240,00 = 336,00; draft 100,00 +
 * 7,00 + 250,00 = 357,00 (+21,00)</li>
 * </ul>
 */
@WasteBillingTest
class TariffSimulationTests extends WasteBillingTestCase {

	static final String DRAFT_2027 = """
			{"year":2027,
			 "volumes":[{"volumeLitres":120,"fixedCents":10000,"includedLifts":6,"extraLiftCents":500},
			            {"volumeLitres":240,"fixedCents":20000,"includedLifts":12,"extraLiftCents":700}],
			 "perPersonCents":3000,
			 "pricePerKgCents":null,
			 "professionalRates":[{"code":"RESTAURANT","label":"Restaurant","annualCents":50000}],
			 "minimumChargeCents":9000}
			""";

	@BeforeEach
	void threePayersAndTheirLifts() throws Exception {
		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		payer(this.api.household("F-2", 2, "2025-01-01", null), "TAG-F2", 120);
		payer(this.api.household("S-1", 1, "2025-01-01", null), "TAG-S1", 120);
		payer(this.api.professional("R-1", "RESTAURANT", "2015-01-01"), "TAG-R1", 240);
		String[] lifts = new String[18];
		for (int i = 0; i < 8; i++) {
			lifts[i] = "TAG-F2;2026-0" + (1 + i % 6) + "-" + (10 + i) + "T06:00:00;";
		}
		for (int i = 0; i < 3; i++) {
			lifts[8 + i] = "TAG-S1;2026-0" + (2 + i) + "-03T06:00:00;";
		}
		for (int i = 0; i < 7; i++) {
			lifts[11 + i] = "TAG-R1;2026-0" + (1 + i % 6) + "-" + (20 + i) + "T05:00:00;";
		}
		this.api.lifts("semestre.csv", lifts);
	}

	@Test
	void aDraftIsAppliedToTheLastIssuedPeriodAgainstTheCurrentGridAndNothingIsWritten() throws Exception {
		simulate(DRAFT_2027, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("no-billed-period"));
		String run = issuedRun();
		String invoices = invoiceRows();
		simulate(DRAFT_2027, 50_000L).andExpect(status().isOk())
			.andExpect(jsonPath("$.runId").value(run))
			.andExpect(jsonPath("$.periodStart").value("2026-01-01"))
			.andExpect(jsonPath("$.periodEnd").value("2026-06-30"))
			.andExpect(jsonPath("$.currentYear").value(2026))
			.andExpect(jsonPath("$.payers").value(3))
			.andExpect(jsonPath("$.currentTotalCents").value(9_100 + 7_200 + 33_600))
			.andExpect(jsonPath("$.draftTotalCents").value(10_500 + 6_500 + 35_700))
			.andExpect(jsonPath("$.budgetTargetCents").value(50_000))
			.andExpect(jsonPath("$.gapToTargetCents").value(52_700 - 50_000))
			// three bills: D1-D3 rank 1, D4-D6 rank 2, D7-D9 rank 3
			.andExpect(jsonPath("$.draft.decileCents",
					contains(6_500, 6_500, 6_500, 10_500, 10_500, 10_500, 35_700, 35_700, 35_700)))
			.andExpect(jsonPath("$.draft.medianCents").value(10_500))
			.andExpect(jsonPath("$.current.medianCents").value(9_100))
			.andExpect(jsonPath("$.highestChanges[*].payerReference", contains("R-1", "F-2", "S-1")))
			.andExpect(jsonPath("$.highestChanges[*].changeCents", contains(2_100, 1_400, -700)))
			.andExpect(jsonPath("$.byHouseholdType[*].type",
					contains("ONE_PERSON", "TWO_PERSONS", "THREE_PERSONS", "FOUR_PERSONS", "FIVE_OR_MORE",
							"PROFESSIONAL")))
			.andExpect(jsonPath("$.byHouseholdType[0].averageChangeCents").value(-700))
			.andExpect(jsonPath("$.byHouseholdType[1].draftCents").value(10_500))
			.andExpect(jsonPath("$.byHouseholdType[2].payers").value(0))
			.andExpect(jsonPath("$.byHouseholdType[5].changeCents").value(2_100));
		assertThat(invoiceRows()).isEqualTo(invoices);
	}

	@Test
	void aBadDraftIsRefusedByFieldAndAnIncompleteOneByWhatItLacks() throws Exception {
		issuedRun();
		simulate(DRAFT_2027.replace("\"fixedCents\":10000", "\"fixedCents\":-1"), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-request"))
			.andExpect(jsonPath("$.field").value("volumes[0].fixedCents"));
		simulate(DRAFT_2027, -5L).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("budgetTargetCents"));
		simulate(DRAFT_2027.replace("\"volumeLitres\":240", "\"volumeLitres\":360"), null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("tariff-incomplete"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("240 L")));
	}

	@Test
	void anotherTenantsSecretaryCannotSimulateOnThisTenantsData() throws Exception {
		issuedRun();
		Intercommunality other = Intercommunality.create(this.jdbc, this.modules);
		this.mvc
			.perform(MockMvcRequestBuilders.post(Intercommunality.api("/tariff-simulations"), this.cc.slug())
				.with(TestTokens.secretaryOf(other.slug()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(DRAFT_2027))
			.andExpect(status().isForbidden());
		// on its own tenant, this tenant's period is not there
		new WasteRequests(this.mvc, other).post("/tariff-simulations", DRAFT_2027)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("no-billed-period"));
	}

	private org.springframework.test.web.servlet.ResultActions simulate(String draft, Long target) throws Exception {
		return this.api.post("/tariff-simulations" + ((target != null) ? "?budgetTargetCents=" + target : ""), draft);
	}

	private void payer(UUID payer, String tag, int volume) throws Exception {
		this.api.assign(this.api.bin(tag, volume), payer, "2025-01-01", null);
	}

	private String issuedRun() throws Exception {
		return this.api.issuedRun(2026, 1);
	}

	private String invoiceRows() {
		return TenantSql.inTenant(this.sql, this.cc.id(), (statement) -> {
			StringBuilder rows = new StringBuilder();
			try (var result = statement.executeQuery("select i::text from waste_invoice i order by id")) {
				while (result.next()) {
					rows.append(result.getString(1)).append('\n');
				}
			}
			try (var result = statement.executeQuery("select count(*) from waste_invoice_line")) {
				result.next();
				rows.append(result.getLong(1));
			}
			return rows.toString();
		});
	}

}
