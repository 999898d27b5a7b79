package fr.clocher.wastebilling.service.simulator;

import java.util.List;
import java.util.UUID;

import fr.clocher.wastebilling.api.HouseholdType;
import fr.clocher.wastebilling.api.HouseholdTypeChange;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.SimulatedChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures on a worked example: twelve payers P01 to P12 billed 10,00 € to 120,00 € by
 * the draft, each changed by ±0,10 € × its rank (P08 by -0,82 €), and one payer neither
 * grid bills.
 */
class SimulationFiguresTests {

	private static final long[] CHANGES = { 10, -20, 30, -40, 50, -60, 70, -82, 90, -100, 110, -120 };

	private static final int[] PERSONS = { 1, 2, 3, 4, 5, 6, 7, 30 };

	@Test
	void revenueSpreadLargestChangesAndHouseholdTypesOfAWorkedExample() {
		SimulationFigures figures = new SimulationFigures();
		figures.add(UUID.randomUUID(), "P00", PayerKind.HOUSEHOLD, 2, 0, 0);
		for (int i = 1; i <= 12; i++) {
			long draft = i * 1_000L;
			PayerKind kind = (i <= 8) ? PayerKind.HOUSEHOLD : PayerKind.PROFESSIONAL;
			figures.add(UUID.randomUUID(), "P%02d".formatted(i), kind, (i <= 8) ? PERSONS[i - 1] : null,
					draft - CHANGES[i - 1], draft);
		}
		assertThat(figures.payers()).isEqualTo(12);
		assertThat(figures.draftTotal()).isEqualTo(78_000);
		assertThat(figures.currentTotal()).isEqualTo(78_062);
		// n = 12: D_k is the bill of rank ⌈12k/10⌉: 2, 3, 4, 5, 6, 8, 9, 10, 11.
		assertThat(figures.draftDistribution().decileCents()).containsExactly(2_000L, 3_000L, 4_000L, 5_000L, 6_000L,
				8_000L, 9_000L, 10_000L, 11_000L);
		assertThat(figures.draftDistribution().medianCents()).isEqualTo(6_000);
		// current: 990, 2020, 2970, 4040, 4950, 6060, 6930, 8082, 8910, 10100, 10890,
		// 12120
		assertThat(figures.currentDistribution().decileCents()).containsExactly(2_020L, 2_970L, 4_040L, 4_950L, 6_060L,
				8_082L, 8_910L, 10_100L, 10_890L);
		assertThat(figures.currentDistribution().medianCents()).isEqualTo(6_060);
		assertThat(figures.highestChanges()).extracting(SimulatedChange::payerReference)
			.containsExactly("P12", "P11", "P10", "P09", "P08", "P07", "P06", "P05", "P04", "P03");
		assertThat(figures.highestChanges().get(0))
			.extracting(SimulatedChange::currentCents, SimulatedChange::draftCents, SimulatedChange::changeCents,
					SimulatedChange::type)
			.containsExactly(12_120L, 12_000L, -120L, HouseholdType.PROFESSIONAL);
		List<HouseholdTypeChange> types = figures.byHouseholdType();
		assertThat(types).extracting(HouseholdTypeChange::type).containsExactly(HouseholdType.values());
		assertThat(types.get(0)).isEqualTo(new HouseholdTypeChange(HouseholdType.ONE_PERSON, 1, 990, 1_000, 10, 10));
		// the zero payer of two persons is not counted
		assertThat(types.get(1))
			.isEqualTo(new HouseholdTypeChange(HouseholdType.TWO_PERSONS, 1, 2_020, 2_000, -20, -20));
		// 5, 6, 7 and 30 persons: -22 cents over 4 payers, -5.5 rounded away from zero
		assertThat(types.get(4))
			.isEqualTo(new HouseholdTypeChange(HouseholdType.FIVE_OR_MORE, 4, 26_022, 26_000, -22, -6));
		assertThat(types.get(5))
			.isEqualTo(new HouseholdTypeChange(HouseholdType.PROFESSIONAL, 4, 42_020, 42_000, -20, -5));
	}

	@Test
	void nobodyBilledGivesEmptyFigures() {
		SimulationFigures figures = new SimulationFigures();
		assertThat(figures.draftDistribution().decileCents()).isEmpty();
		assertThat(figures.highestChanges()).isEmpty();
		assertThat(figures.byHouseholdType()).allMatch((type) -> type.payers() == 0 && type.averageChangeCents() == 0);
	}

}
