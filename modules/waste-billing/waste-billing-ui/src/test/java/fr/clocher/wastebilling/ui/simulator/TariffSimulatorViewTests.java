package fr.clocher.wastebilling.ui.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Style;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.clocher.kernel.api.Paris;
import fr.clocher.wastebilling.api.BillDistribution;
import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.api.HouseholdType;
import fr.clocher.wastebilling.api.HouseholdTypeChange;
import fr.clocher.wastebilling.api.SimulatedChange;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.TariffSimulation;
import fr.clocher.wastebilling.api.VolumeTariff;
import fr.clocher.wastebilling.ui.InMemoryTariffSimulationsApi;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's screen on the worked example of the service's
 * {@code TariffSimulationTests}: three payers, F-2 (2 persons) 91,00 → 105,00 €, S-1 (1
 * person) 72,00 → 65,00 €, R-1 (restaurant) 336,00 → 357,00 €.
 */
class TariffSimulatorViewTests extends WasteBillingViewTest {

	static final int YEAR = LocalDate.now(Paris.ZONE).getYear();

	static final TariffGrid CURRENT = new TariffGrid(YEAR,
			List.of(new VolumeTariff(120, 12_000L, 12, 350L), new VolumeTariff(240, 18_000L, 12, 600L)), 2_400L, null,
			List.of(new FlatRate("RESTAURANT", "Restaurant", 48_000L)), 9_000L);

	@Autowired
	InMemoryTariffSimulationsApi simulations;

	@BeforeEach
	void theCurrentGridAndTheFiguresOfTheWorkedExample() {
		this.simulations.reset();
		this.tariffs.grids.put(YEAR - 1, new TariffGrid(YEAR - 1, List.of(), 0L, null, List.of(), 0L));
		this.tariffs.grids.put(YEAR, CURRENT);
		this.simulations.answer = workedExample();
	}

	@Test
	void theDraftStartsFromTheCurrentGridAndIsSentInCentsWithTheTarget() {
		TariffSimulatorView view = navigate(TariffSimulatorView.class);
		assertThat(view.base.getText())
			.isEqualTo("Le projet part de la grille " + YEAR + " ; il est simulé comme grille " + (YEAR + 1) + ".");
		DraftGridForm.VolumeFields small = view.draft.volumes.get(0);
		assertThat(small.fixed.getValue()).isEqualTo("120,00");
		test(small.fixed).setValue("100,00");
		test(small.included).setValue(6);
		test(small.extra).setValue("5");
		test(view.draft.perPerson).setValue("30,00");
		test(view.draft.rates.get(0)).setValue("500");
		test(view.target).setValue("500,00");
		test(view.simulate).click();

		assertThat(this.simulations.drafts).containsExactly(new TariffGrid(YEAR + 1,
				List.of(new VolumeTariff(120, 10_000L, 6, 500L), new VolumeTariff(240, 18_000L, 12, 600L)), 3_000L,
				null, List.of(new FlatRate("RESTAURANT", "Restaurant", 50_000L)), 9_000L));
		assertThat(this.simulations.targets).containsExactly(50_000L);
	}

	@Test
	void theFiguresAreShownAsTablesAndAChartWithItsTextAlternative() {
		TariffSimulatorView view = navigate(TariffSimulatorView.class);
		assertThat(view.results.isVisible()).isFalse();
		test(view.simulate).click();

		SimulationResults results = view.results;
		assertThat(results.isVisible()).isTrue();
		assertThat(results.period.getText()).isEqualTo("Période du 01/01/2026 au 30/06/2026 : 3 redevable(s) facturé(s)"
				+ " par l'une ou l'autre grille, comparée à la grille 2026.");
		assertThat(results.revenue.getText()).isEqualTo("Recette : " + euros("499,00") + " avec la grille actuelle, "
				+ euros("527,00") + " avec le projet (+" + euros("28,00") + ").");
		assertThat(results.target.getText())
			.isEqualTo("Objectif : " + euros("500,00") + " ; écart du projet à l'objectif : +" + euros("27,00") + ".");
		assertThat(test(results.types).size()).isEqualTo(6);
		assertThat(test(results.types).getCellText(0, 0)).isEqualTo("1 personne");
		assertThat(test(results.types).getCellText(0, 5)).isEqualTo("-" + euros("7,00"));
		assertThat(test(results.types).getCellText(5, 5)).isEqualTo("+" + euros("21,00"));
		assertThat(test(results.spread).size()).isEqualTo(10);
		assertThat(test(results.spread).getCellText(0, 0)).isEqualTo("Médiane");
		assertThat(test(results.spread).getCellText(0, 2)).isEqualTo(euros("105,00"));
		assertThat(test(results.spread).getCellText(9, 2)).isEqualTo(euros("357,00"));
		assertThat(test(results.highest).getCellText(0, 0)).isEqualTo("R-1");
		assertThat(test(results.highest).getCellText(2, 4)).isEqualTo("-" + euros("7,00"));

		assertThat(results.chart.getElement().getAttribute("role")).isEqualTo("img");
		assertThat(results.chart.getElement().getAttribute("aria-label"))
			.isEqualTo("Variation moyenne de la facture par redevable, par type de foyer. 1 personne : -"
					+ euros("7,00") + " ; 2 personnes : +" + euros("14,00") + " ; 3 personnes : " + euros("0,00")
					+ " ; 4 personnes : " + euros("0,00") + " ; 5 personnes et plus : " + euros("0,00")
					+ " ; Professionnels : +" + euros("21,00") + ".");
		// the largest change fills its track; a rise and a fall differ by colour and sign
		assertThat(bar(results.chart, 5).get("width")).isEqualTo("100%");
		assertThat(bar(results.chart, 5).get("background")).isEqualTo(ChangeChart.RISE);
		assertThat(bar(results.chart, 1).get("width")).isEqualTo("66%");
		assertThat(bar(results.chart, 0).get("width")).isEqualTo("33%");
		assertThat(bar(results.chart, 0).get("background")).isEqualTo(ChangeChart.FALL);
	}

	@Test
	void theFiguresAreExportedAsCsv() throws Exception {
		TariffSimulatorView view = navigate(TariffSimulatorView.class);
		test(view.simulate).click();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		view.results.csv.write(out);

		assertThat(view.results.csv.fileName()).isEqualTo("simulation-2026-01-01-2026-06-30.csv");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
				\ufeffPériode;2026-01-01;2026-06-30
				Grille comparée;2026
				Redevables;3
				"";Grille actuelle;Projet
				Recette;499,00;527,00
				Objectif;;500,00
				Écart à l'objectif;;27,00
				Médiane;91,00;105,00
				D1;72,00;65,00
				D2;72,00;65,00
				D3;72,00;65,00
				D4;91,00;105,00
				D5;91,00;105,00
				D6;91,00;105,00
				D7;336,00;357,00
				D8;336,00;357,00
				D9;336,00;357,00

				Type de foyer;Redevables;Grille actuelle;Projet;Variation;Variation par redevable
				1 personne;1;72,00;65,00;-7,00;-7,00
				2 personnes;1;91,00;105,00;14,00;14,00
				3 personnes;0;0,00;0,00;0,00;0,00
				4 personnes;0;0,00;0,00;0,00;0,00
				5 personnes et plus;0;0,00;0,00;0,00;0,00
				Professionnels;1;336,00;357,00;21,00;21,00

				Référence;Type de foyer;Grille actuelle;Projet;Variation
				R-1;Professionnels;336,00;357,00;21,00
				F-2;2 personnes;91,00;105,00;14,00
				S-1;1 personne;72,00;65,00;-7,00
				""".replace("\n", "\r\n"));
	}

	@Test
	void theApiRefusalIsShownOnTheDraftsField() {
		this.simulations.failure = refusal(HttpStatus.BAD_REQUEST, "La simulation n'a pas été faite.",
				"volumes[1].extraLiftCents", "Obligatoire quand des levées sont incluses.");
		TariffSimulatorView view = navigate(TariffSimulatorView.class);
		test(view.simulate).click();

		assertThat(notification()).isEqualTo("La simulation n'a pas été faite.");
		assertThat(view.draft.volumes.get(1).extra.isInvalid()).isTrue();
		assertThat(view.draft.volumes.get(1).extra.getErrorMessage())
			.isEqualTo("Obligatoire quand des levées sont incluses.");
		assertThat(view.draft.volumes.get(0).extra.isInvalid()).isFalse();
		assertThat(view.results.isVisible()).isFalse();
	}

	@Test
	void anAmountThatIsNotOneIsRefusedBeforeAnythingIsSent() {
		TariffSimulatorView view = navigate(TariffSimulatorView.class);
		test(view.draft.minimum).setValue("90,005");
		test(view.simulate).click();

		assertThat(this.simulations.drafts).isEmpty();
		assertThat(view.draft.minimum.isInvalid()).isTrue();
		assertThat(notification()).isEqualTo("Certains montants ne sont pas valides : corrigez les champs signalés.");
	}

	@Test
	void withoutAnyGridNothingCanBeSimulated() {
		this.tariffs.reset();
		TariffSimulatorView view = navigate(TariffSimulatorView.class);
		assertThat(view.base.getText()).startsWith("Aucune grille tarifaire n'est enregistrée");
		assertThat(view.simulate.isEnabled()).isFalse();
	}

	@Test
	void withoutThisYearsGridTheDraftStartsFromTheLatest() {
		this.tariffs.grids.remove(YEAR);
		TariffSimulatorView view = navigate(TariffSimulatorView.class);
		assertThat(view.base.getText()).startsWith("Le projet part de la grille " + (YEAR - 1) + " ;");
		assertThat(view.draft.volumes).isEmpty();
	}

	/** The style of the bar of a household type's row. */
	private static Style bar(ChangeChart chart, int row) {
		Component track = chart.getComponentAt(row).getChildren().toList().get(1);
		return track.getChildren().findFirst().orElseThrow().getElement().getStyle();
	}

	private static TariffSimulation workedExample() {
		return new TariffSimulation(UUID.randomUUID(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 2026, 3,
				49_900, 52_700, 50_000L, 2_700L,
				new BillDistribution(9_100,
						List.of(7_200L, 7_200L, 7_200L, 9_100L, 9_100L, 9_100L, 33_600L, 33_600L, 33_600L)),
				new BillDistribution(10_500,
						List.of(6_500L, 6_500L, 6_500L, 10_500L, 10_500L, 10_500L, 35_700L, 35_700L, 35_700L)),
				List.of(new SimulatedChange(UUID.randomUUID(), "R-1", HouseholdType.PROFESSIONAL, 33_600, 35_700,
						2_100),
						new SimulatedChange(UUID.randomUUID(), "F-2", HouseholdType.TWO_PERSONS, 9_100, 10_500, 1_400),
						new SimulatedChange(UUID.randomUUID(), "S-1", HouseholdType.ONE_PERSON, 7_200, 6_500, -700)),
				List.of(new HouseholdTypeChange(HouseholdType.ONE_PERSON, 1, 7_200, 6_500, -700, -700),
						new HouseholdTypeChange(HouseholdType.TWO_PERSONS, 1, 9_100, 10_500, 1_400, 1_400),
						new HouseholdTypeChange(HouseholdType.THREE_PERSONS, 0, 0, 0, 0, 0),
						new HouseholdTypeChange(HouseholdType.FOUR_PERSONS, 0, 0, 0, 0, 0),
						new HouseholdTypeChange(HouseholdType.FIVE_OR_MORE, 0, 0, 0, 0, 0),
						new HouseholdTypeChange(HouseholdType.PROFESSIONAL, 1, 33_600, 35_700, 2_100, 2_100)));
	}

}
