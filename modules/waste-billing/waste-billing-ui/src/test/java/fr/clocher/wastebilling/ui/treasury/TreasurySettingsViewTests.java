package fr.clocher.wastebilling.ui.treasury;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.TreasurySettings.Bills;
import fr.clocher.wastebilling.ui.InMemoryTreasuryApi;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The treasury identifiers' screen: French labels, each malformed field refused on the
 * screen before anything is sent, a refusal of tenant-service shown on its field, the
 * settings saved and read back, and the sentence about signing and sending.
 */
class TreasurySettingsViewTests extends WasteBillingViewTest {

	@Autowired
	InMemoryTreasuryApi treasury;

	@BeforeEach
	void noSettingsYet() {
		this.treasury.reset();
	}

	@Test
	void malformedFieldsAreNamedOnTheScreenAndNothingIsSent() {
		TreasurySettingsView view = navigate(TreasurySettingsView.class);
		assertThat(view.form.postingOffice.getLabel()).isEqualTo("Poste comptable (codique)");
		assertThat(view.form.siret.getLabel()).isEqualTo("SIRET du budget");
		assertThat(view.transmission.getText()).isEqualTo("Le fichier n'est ni signé ni transmis par Clocher : "
				+ "signez-le et déposez-le avec votre outil de télétransmission habituel (Hélios / parapheur).");

		test(view.form.postingOffice).setValue("31042");
		test(view.form.siret).setValue("2431006330001");
		test(view.form.collectivityCode).setValue("031");
		test(view.form.budgetCode).setValue("a1");
		test(view.save).click();

		assertThat(this.treasury.saved).isEmpty();
		assertThat(view.form.postingOffice.isInvalid()).isTrue();
		assertThat(view.form.postingOffice.getErrorMessage())
			.isEqualTo("6 ou 7 chiffres, ou 02A/02B suivis de 3 ou 4 chiffres.");
		assertThat(view.form.siret.getErrorMessage()).isEqualTo("Le SIRET a 14 chiffres.");
		assertThat(view.form.collectivityCode.isInvalid()).isFalse();
		assertThat(view.form.budgetCode.getErrorMessage()).isEqualTo("Un chiffre ou une majuscule, puis un chiffre.");
		assertThat(view.form.productCode.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
		assertThat(view.form.keyNature.isInvalid()).isTrue();
		assertThat(view.form.function.isInvalid()).isFalse();
		assertThat(view.form.postingOfficeName.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
		assertThat(view.form.bills.get("issuerName").getLabel()).isEqualTo("Nom de la collectivité sur les avis");
		test(view.form.bills.get("centrePostcode")).setValue("3132");
		test(view.form.bills.get("issuerNumber")).setValue("12 34");
		test(view.save).click();
		assertThat(view.form.bills.get("centrePostcode").getErrorMessage()).isEqualTo("5 chiffres.");
		assertThat(view.form.bills.get("issuerNumber").getErrorMessage())
			.isEqualTo("1 à 13 lettres ou chiffres, sans espace.");
		assertThat(view.form.bills.get("signatoryRole").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
		assertThat(view.form.bills.get("collectionTsa").isInvalid()).isFalse();
		assertThat(this.treasury.saved).isEmpty();
	}

	@Test
	void aRefusalOfABillsFieldShowsOnItsField() {
		TreasurySettingsView view = navigate(TreasurySettingsView.class);
		fill(view.form);
		test(view.form.siret).setValue("24310063300011");
		this.treasury.failure = refusal(HttpStatus.BAD_REQUEST, "La demande contient des champs invalides.",
				Map.of("bills.collectionCity", "Commune (ou libellé CEDEX) du centre d'encaissement : obligatoire."));
		test(view.save).click();
		assertThat(view.form.bills.get("collectionCity").isInvalid()).isTrue();
		assertThat(view.form.bills.get("collectionCity").getErrorMessage()).contains("centre d'encaissement");
	}

	@Test
	void completeSettingsAreSavedAndARefusalShowsOnItsField() {
		TreasurySettingsView view = navigate(TreasurySettingsView.class);
		fill(view.form);
		this.treasury.failure = refusal(HttpStatus.BAD_REQUEST, "La demande contient des champs invalides.",
				Map.of("siret", "SIRET du budget : la clé de contrôle ne correspond pas (vérifiez les chiffres)."));
		test(view.save).click();
		assertThat(view.form.siret.isInvalid()).isTrue();
		assertThat(view.form.siret.getErrorMessage()).contains("clé de contrôle");
		assertThat(this.treasury.saved).isEmpty();

		this.treasury.failure = null;
		test(view.form.siret).setValue("24310063300011");
		test(view.save).click();

		assertThat(this.treasury.saved).containsExactly(new TreasurySettings("031042", "SGC Castanet", "24310063300011",
				"031", "00", null, "REOM", "70612", null, "12", PesDownloadTests.BILLS));
		assertThat(notification()).isEqualTo("Identifiants du Trésor enregistrés.");
		TreasurySettingsView again = navigate(TreasurySettingsView.class);
		assertThat(again.form.siret.getValue()).isEqualTo("24310063300011");
		assertThat(again.form.productCode.getValue()).isEqualTo("REOM");
	}

	static void fill(TreasuryForm form) {
		form.postingOffice.setValue("031042");
		form.postingOfficeName.setValue("SGC Castanet");
		Bills bills = PesDownloadTests.BILLS;
		form.bills.get("issuerName").setValue(bills.issuerName());
		form.bills.get("issuerStreet").setValue(bills.issuerStreet());
		form.bills.get("issuerPostcode").setValue(bills.issuerPostcode());
		form.bills.get("issuerCity").setValue(bills.issuerCity());
		form.bills.get("issuerNumber").setValue(bills.issuerNumber());
		form.bills.get("signatoryName").setValue(bills.signatoryName());
		form.bills.get("signatoryFirstName").setValue(bills.signatoryFirstName());
		form.bills.get("signatoryRole").setValue(bills.signatoryRole());
		form.bills.get("centreStreet").setValue(bills.centreStreet());
		form.bills.get("centrePostcode").setValue(bills.centrePostcode());
		form.bills.get("centreCity").setValue(bills.centreCity());
		form.bills.get("collectionPostcode").setValue(bills.collectionPostcode());
		form.bills.get("collectionCity").setValue(bills.collectionCity());
		form.siret.setValue("24310063300012");
		form.collectivityCode.setValue("031");
		form.budgetCode.setValue("00");
		form.productCode.setValue("REOM");
		form.account.setValue("70612");
		form.keyNature.setValue("12");
	}

}
