package fr.clocher.wastebilling.service.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.VolumeTariff;
import fr.clocher.wastebilling.service.billing.PayerFacts.Exempted;
import fr.clocher.wastebilling.service.billing.PayerFacts.HeldBin;
import fr.clocher.wastebilling.service.billing.PayerFacts.Usage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Invoices worked out by hand, to the cent, for the first half of 2026 (January–June) on
 * this grid: a 120 L bin 120,00 € a year with 12 lifts, 3,50 € each extra; a 240 L bin
 * 180,00 € with 12 lifts, 6,00 € each extra; 24,00 € per person; a restaurant's flat rate
 * 480,00 €; a minimum of 90,00 € a year. A month belongs to whoever holds it on the 15th.
 */
class InvoiceMathsTests {

	static final TariffGrid GRID = new TariffGrid(2026,
			List.of(new VolumeTariff(120, 12_000L, 12, 350L), new VolumeTariff(240, 18_000L, 12, 600L)), 2_400L, null,
			List.of(new FlatRate("RESTAURANT", "Restaurant", 48_000L)), 9_000L);

	static final Period H1 = Period.of(2026, 1);

	@Test
	void anArrivalOnThe10thOfMarchPaysMarchToJune() {
		// 4 months: fixed 120,00 × 4/12 = 40,00; 10 lifts, 12 × 4/12 = 4 included, 6 ×
		// 3,50 =
		// 21,00; 2 persons × 24,00 × 4/12 = 16,00. Total 77,00 (minimum 30,00 reached).
		PayerFacts payer = household(2, "2026-03-10", null, List.of(),
				bin(120, "2026-03-10", null, usage(3, 2, 4, 3, 5, 3, 6, 2)));
		List<InvoiceLine> lines = InvoiceMaths.lines(H1, GRID, payer);
		assertThat(lines).extracting(InvoiceLine::code, InvoiceLine::months, InvoiceLine::amountCents)
			.containsExactly(tuple(LineCode.FIXED_BIN, 4, 4_000L), tuple(LineCode.EXTRA_LIFTS, 4, 2_100L),
					tuple(LineCode.FIXED_PERSON, 4, 1_600L));
		assertThat(lines.get(1))
			.extracting(InvoiceLine::liftsCounted, InvoiceLine::liftsIncluded, InvoiceLine::extraLifts,
					InvoiceLine::unitCents)
			.containsExactly(10, 4, 6, 350L);
		assertThat(lines.get(1).basis()).isEqualTo("10 levée(s) comptée(s), 4 incluse(s) (12 × 4/12) : 6 × 3,50 €");
		assertThat(lines.get(0).basis()).isEqualTo("120,00 € × 4/12");
		assertThat(total(lines)).isEqualTo(7_700);
		// Arriving on the 20th, March is not the payer's: 3 months, fixed 30,00; 10
		// lifts, 3
		// included, 7 × 3,50 = 24,50; 2 persons × 24,00 × 3/12 = 12,00. Total 66,50.
		PayerFacts late = household(2, "2026-03-20", null, List.of(),
				bin(120, "2026-03-20", null, usage(3, 2, 4, 3, 5, 3, 6, 2)));
		assertThat(total(InvoiceMaths.lines(H1, GRID, late))).isEqualTo(3_000 + 2_450 + 1_200);
	}

	@Test
	void aDepartureOnThe14thOfAprilPaysJanuaryToMarchAndItsAprilLiftsStillCount() {
		// 3 months: fixed 30,00; 4 lifts (one in April, before leaving), 3 included, 1 ×
		// 3,50; 1 person × 24,00 × 3/12 = 6,00. Total 39,50.
		PayerFacts payer = household(1, "2020-05-01", "2026-04-14", List.of(),
				bin(120, "2020-05-01", "2026-04-14", usage(1, 1, 2, 1, 3, 1, 4, 1)));
		List<InvoiceLine> lines = InvoiceMaths.lines(H1, GRID, payer);
		assertThat(lines).extracting(InvoiceLine::code, InvoiceLine::amountCents)
			.containsExactly(tuple(LineCode.FIXED_BIN, 3_000L), tuple(LineCode.EXTRA_LIFTS, 350L),
					tuple(LineCode.FIXED_PERSON, 600L));
		assertThat(total(lines)).isEqualTo(3_950);
	}

	@Test
	void aBinChangedOnThe20thOfMarchBillsMarchToTheOldBinAndAprilOnToTheNewOne() {
		// 120 L: January–March, 30,00; 7 lifts, 3 included, 4 × 3,50 = 14,00.
		// 240 L: April–June, 180,00 × 3/12 = 45,00; 7 lifts (one on 25 March), 3
		// included,
		// 4 × 6,00 = 24,00. 3 persons × 24,00 × 6/12 = 36,00. Total 149,00.
		PayerFacts payer = household(3, "2019-01-01", null, List.of(),
				bin(120, "2019-01-01", "2026-03-19", usage(1, 2, 2, 2, 3, 3)),
				bin(240, "2026-03-20", null, usage(3, 1, 4, 2, 5, 2, 6, 2)));
		List<InvoiceLine> lines = InvoiceMaths.lines(H1, GRID, payer);
		assertThat(lines)
			.extracting(InvoiceLine::code, InvoiceLine::volumeLitres, InvoiceLine::months, InvoiceLine::amountCents)
			.containsExactly(tuple(LineCode.FIXED_BIN, 120, 3, 3_000L), tuple(LineCode.EXTRA_LIFTS, 120, 3, 1_400L),
					tuple(LineCode.FIXED_BIN, 240, 3, 4_500L), tuple(LineCode.EXTRA_LIFTS, 240, 3, 2_400L),
					tuple(LineCode.FIXED_PERSON, null, 6, 3_600L));
		assertThat(total(lines)).isEqualTo(14_900);
	}

	@Test
	void anExemptionFromAprilLeavesJanuaryToMarchAndItsMonthsLiftsAreNotCounted() {
		// Billed 3 months: 30,00 + 0 extra (3 lifts in January–March, 3 included) + 6,00;
		// April and May lifts are in exempted months. Total 36,00; an exemption line of
		// 0.
		PayerFacts payer = household(1, "2018-01-01", null,
				List.of(new Exempted("Résidence en EHPAD", "Attestation 17", LocalDate.parse("2026-04-01"), null)),
				bin(120, "2018-01-01", null, usage(1, 1, 2, 1, 3, 1, 4, 1, 5, 1)));
		List<InvoiceLine> lines = InvoiceMaths.lines(H1, GRID, payer);
		assertThat(lines).extracting(InvoiceLine::code, InvoiceLine::months, InvoiceLine::amountCents)
			.containsExactly(tuple(LineCode.FIXED_BIN, 3, 3_000L), tuple(LineCode.EXTRA_LIFTS, 3, 0L),
					tuple(LineCode.FIXED_PERSON, 3, 600L), tuple(LineCode.EXEMPTION, 3, 0L));
		assertThat(lines.get(1).liftsCounted()).isEqualTo(3);
		assertThat(lines.get(3).basis()).isEqualTo("3 mois exonéré(s), justificatif Attestation 17");
		assertThat(total(lines)).isEqualTo(3_600);
	}

	@Test
	void aPayerWithoutABinPaysTheMinimumCharge() {
		// 1 person × 24,00 × 6/12 = 12,00, under the minimum 90,00 × 6/12 = 45,00: 33,00
		// more.
		List<InvoiceLine> lines = InvoiceMaths.lines(H1, GRID, household(1, "2020-01-01", null, List.of()));
		assertThat(lines).extracting(InvoiceLine::code, InvoiceLine::amountCents)
			.containsExactly(tuple(LineCode.FIXED_PERSON, 1_200L), tuple(LineCode.MINIMUM, 3_300L));
		assertThat(total(lines)).isEqualTo(4_500);
	}

	@Test
	void theWeightIsPricedPerKilogramRoundedOnceToTheCent() {
		// 0,25 €/kg × 20,345 kg = 5,08625 € → 5,09 €; 60,00 fixed; 5 lifts, 6 included; 2
		// persons 24,00. Total 89,09.
		TariffGrid weighed = new TariffGrid(2026, GRID.volumes(), 2_400L, 25L, GRID.professionalRates(), 9_000L);
		PayerFacts payer = household(2, "2020-01-01", null, List.of(), new HeldBin(UUID.randomUUID(), 120,
				LocalDate.parse("2020-01-01"), null,
				Map.of(YearMonth.of(2026, 1), new Usage(3, 12_345), YearMonth.of(2026, 2), new Usage(2, 8_000))));
		List<InvoiceLine> lines = InvoiceMaths.lines(H1, weighed, payer);
		assertThat(lines).extracting(InvoiceLine::code, InvoiceLine::amountCents)
			.containsExactly(tuple(LineCode.FIXED_BIN, 6_000L), tuple(LineCode.EXTRA_LIFTS, 0L),
					tuple(LineCode.WEIGHT, 509L), tuple(LineCode.FIXED_PERSON, 2_400L));
		assertThat(lines.get(2).weightGrams()).isEqualTo(20_345);
		assertThat(lines.get(2).basis()).isEqualTo("20,345 kg × 0,25 €/kg");
		assertThat(total(lines)).isEqualTo(8_909);
	}

	@Test
	void aProfessionalPaysItsFlatRateAndItsBin() {
		// Restaurant 480,00 × 6/12 = 240,00; 240 L bin 90,00; 20 lifts, 6 included, 14 ×
		// 6,00
		// = 84,00. No part per person. Total 414,00.
		PayerFacts restaurant = new PayerFacts(UUID.randomUUID(), "P-1", PayerKind.PROFESSIONAL, null, "RESTAURANT",
				LocalDate.parse("2015-01-01"), null, List.of(),
				List.of(bin(240, "2015-01-01", null, usage(1, 3, 2, 3, 3, 4, 4, 3, 5, 3, 6, 4))));
		List<InvoiceLine> lines = InvoiceMaths.lines(H1, GRID, restaurant);
		assertThat(lines).extracting(InvoiceLine::code, InvoiceLine::amountCents)
			.containsExactly(tuple(LineCode.FIXED_BIN, 9_000L), tuple(LineCode.EXTRA_LIFTS, 8_400L),
					tuple(LineCode.FLAT_RATE, 24_000L));
		assertThat(total(lines)).isEqualTo(41_400);
		PayerFacts unknown = new PayerFacts(UUID.randomUUID(), "P-2", PayerKind.PROFESSIONAL, null, "GARAGE",
				LocalDate.parse("2015-01-01"), null, List.of(), List.of());
		assertThatExceptionOfType(ApiProblem.class).isThrownBy(() -> InvoiceMaths.lines(H1, GRID, unknown))
			.satisfies((problem) -> assertThat(problem.title().fr()).contains("GARAGE").contains("P-2"));
	}

	private static long total(List<InvoiceLine> lines) {
		return lines.stream().mapToLong(InvoiceLine::amountCents).sum();
	}

	private static PayerFacts household(int persons, String from, String to, List<Exempted> exemptions,
			HeldBin... bins) {
		return new PayerFacts(UUID.randomUUID(), "F-1", PayerKind.HOUSEHOLD, persons, null, LocalDate.parse(from),
				(to != null) ? LocalDate.parse(to) : null, exemptions, List.of(bins));
	}

	private static HeldBin bin(int volume, String from, String to, Map<YearMonth, Usage> usage) {
		return new HeldBin(UUID.randomUUID(), volume, LocalDate.parse(from), (to != null) ? LocalDate.parse(to) : null,
				usage);
	}

	/** Lifts per month of 2026: month, lifts, month, lifts... */
	private static Map<YearMonth, Usage> usage(int... monthsAndLifts) {
		Map<YearMonth, Usage> usage = new java.util.HashMap<>();
		for (int i = 0; i < monthsAndLifts.length; i += 2) {
			usage.put(YearMonth.of(2026, monthsAndLifts[i]), new Usage(monthsAndLifts[i + 1], 0));
		}
		return usage;
	}

}
