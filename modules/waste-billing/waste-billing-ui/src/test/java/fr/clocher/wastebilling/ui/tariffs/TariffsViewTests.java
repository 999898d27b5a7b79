package fr.clocher.wastebilling.ui.tariffs;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.VolumeTariff;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;

import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tariff grid: amounts typed in euros saved exactly in cents, a saved grid shown in
 * euros, an amount that is not one refused on its field before anything is sent, and the
 * API's refusal shown on the line and field it names.
 */
class TariffsViewTests extends WasteBillingViewTest {

	@Test
	void amountsTypedInEurosAreSavedExactlyInCents() {
		TariffsView view = navigate(TariffsView.class);
		test(view.year).selectItem("2027");
		assertThat(view.state.getText()).isEqualTo("Pas encore de grille pour 2027.");

		test($(Button.class).id("add-volume")).click();
		VolumeRow row = (VolumeRow) view.volumes.getComponentAt(0);
		test(row.volume).setValue(120);
		test(row.fixed).setValue("1 234,56");
		test(row.included).setValue(12);
		test(row.extra).setValue("2,1");
		test(view.perPerson).setValue("0,29");
		test(view.perKg).setValue("0.07");
		test(view.minimum).setValue("80");
		test($(Button.class).id("add-rate")).click();
		FlatRateRow rate = (FlatRateRow) view.rates.getComponentAt(0);
		test(rate.code).setValue("RESTAURANT");
		test(rate.label).setValue("Restauration");
		test(rate.annual).setValue("450,00");
		test(view.save).click();

		assertThat(this.tariffs.saved)
			.containsExactly(new TariffGrid(2027, List.of(new VolumeTariff(120, 123456L, 12, 210L)), 29L, 7L,
					List.of(new FlatRate("RESTAURANT", "Restauration", 45000L)), 8000L));
		assertThat(notification()).isEqualTo("Grille 2027 enregistrée.");
	}

	@Test
	void aSavedGridIsShownInEuros() {
		this.tariffs.grids.put(2026,
				new TariffGrid(2026, List.of(new VolumeTariff(240, 19050L, 26, 350L)), 0L, null, List.of(), 9000L));
		TariffsView view = navigate(TariffsView.class);
		test(view.year).selectItem("2026");

		VolumeRow row = (VolumeRow) view.volumes.getComponentAt(0);
		assertThat(row.volume.getValue()).isEqualTo(240);
		assertThat(row.fixed.getValue()).isEqualTo("190,50");
		assertThat(row.extra.getValue()).isEqualTo("3,50");
		assertThat(view.perKg.getValue()).isEmpty();
		assertThat(view.minimum.getValue()).isEqualTo("90,00");
		assertThat(view.state.getText()).isEqualTo("Grille 2026 enregistrée.");
	}

	@Test
	void anAmountWithThreeDecimalsIsRefusedOnItsFieldAndNothingIsSent() {
		TariffsView view = navigate(TariffsView.class);
		test($(Button.class).id("add-volume")).click();
		VolumeRow row = (VolumeRow) view.volumes.getComponentAt(0);
		test(row.volume).setValue(120);
		test(row.fixed).setValue("150,505");
		test(view.save).click();

		assertThat(this.tariffs.saved).isEmpty();
		assertThat(row.fixed.isInvalid()).isTrue();
		assertThat(row.fixed.getErrorMessage()).startsWith("Saisissez un montant en euros");
		assertThat(notification()).isEqualTo("Certains montants ne sont pas valides : corrigez les champs signalés.");
	}

	@Test
	void theApiRefusalIsShownOnTheSecondLinesExtraLiftPrice() {
		this.tariffs.failure = refusal(HttpStatus.BAD_REQUEST, "La grille n'a pas été enregistrée.",
				"volumes[1].extraLiftCents", "Obligatoire quand des levées sont incluses.");
		TariffsView view = navigate(TariffsView.class);
		test($(Button.class).id("add-volume")).click();
		test($(Button.class).id("add-volume")).click();
		test(view.save).click();

		VolumeRow first = (VolumeRow) view.volumes.getComponentAt(0);
		VolumeRow second = (VolumeRow) view.volumes.getComponentAt(1);
		assertThat(notification()).isEqualTo("La grille n'a pas été enregistrée.");
		assertThat(second.extra.isInvalid()).isTrue();
		assertThat(second.extra.getErrorMessage()).isEqualTo("Obligatoire quand des levées sont incluses.");
		assertThat(first.extra.isInvalid()).isFalse();
	}

	@Test
	void aRemovedLineIsNotSavedAndTheOthersKeepTheirApiNames() {
		TariffsView view = navigate(TariffsView.class);
		test($(Button.class).id("add-volume")).click();
		test($(Button.class).id("add-volume")).click();
		VolumeRow first = (VolumeRow) view.volumes.getComponentAt(0);
		VolumeRow second = (VolumeRow) view.volumes.getComponentAt(1);
		test(first.volume).setValue(80);
		test(second.volume).setValue(660);
		test($(Button.class).withAttribute("aria-label", "Retirer la ligne").first()).click();
		this.tariffs.failure = refusal(HttpStatus.BAD_REQUEST, "La grille n'a pas été enregistrée.",
				"volumes[0].fixedCents", "Obligatoire.");
		test(view.save).click();

		assertThat(view.volumes.getComponentCount()).isEqualTo(1);
		assertThat(second.fixed.isInvalid()).isTrue();
		this.tariffs.failure = null;
		test(second.fixed).setValue("300");
		test(view.save).click();
		assertThat(this.tariffs.saved).singleElement()
			.extracting(TariffGrid::volumes)
			.isEqualTo(List.of(new VolumeTariff(660, 30000L, null, null)));
	}

	@Test
	void aNewYearStartsFromThePreviousYearsGridAndIsSavedForTheNewYear() {
		this.tariffs.grids.put(2026,
				new TariffGrid(2026, List.of(new VolumeTariff(120, 15000L, 12, 250L)), 0L, null, List.of(), 0L));
		TariffsView view = navigate(TariffsView.class);
		test(view.year).selectItem("2026");
		assertThat(view.copyPrevious.isVisible()).isFalse();
		test(view.year).selectItem("2027");
		assertThat(view.copyPrevious.getText()).isEqualTo("Partir de la grille 2026");

		test(view.copyPrevious).click();
		VolumeRow row = (VolumeRow) view.volumes.getComponentAt(0);
		assertThat(row.fixed.getValue()).isEqualTo("150,00");
		test(row.fixed).setValue("155,00");
		test(view.save).click();

		assertThat(this.tariffs.grids.get(2027).volumes()).containsExactly(new VolumeTariff(120, 15500L, 12, 250L));
		assertThat(this.tariffs.grids.get(2026).volumes()).containsExactly(new VolumeTariff(120, 15000L, 12, 250L));
		assertThat(this.tariffs.saved).singleElement().extracting(TariffGrid::year).isEqualTo(2027);
	}

}
