package fr.clocher.wastebilling.ui.payers;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import fr.clocher.wastebilling.api.Exemption;
import fr.clocher.wastebilling.api.Payer;
import fr.clocher.wastebilling.api.Civility;
import fr.clocher.wastebilling.api.PayerDraft;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.ui.InMemoryPayersApi;
import fr.clocher.wastebilling.ui.Pages;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;

import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payers: tens of thousands read page by page, searched through the API, created and
 * refused on the field the API names, exemptions added.
 */
class PayersViewTests extends WasteBillingViewTest {

	@Test
	void tensOfThousandsOfPayersAreReadPageByPageNeverAllAtOnce() {
		for (int i = 0; i < 20_000; i++) {
			this.payers.add("R-%05d".formatted(i), "Foyer %05d".formatted(i), i + " rue de la Poste");
		}
		PayersView view = navigate(PayersView.class);

		assertThat(test(view.grid).size()).isEqualTo(20_000);
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Foyer 00000");
		assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("0 rue de la Poste");
		assertThat(this.payers.pages.requests()).isNotEmpty()
			.allMatch((request) -> request.size() <= PayersView.PAGE)
			.allMatch((request) -> request.page() < 5);
		long rowsAsked = this.payers.pages.requests().stream().mapToLong(Pages.Request::size).sum();
		assertThat(rowsAsked).isLessThan(1_000);
	}

	@Test
	void theSearchIsTheApiSearch() {
		this.payers.add("R-1", "Martin Jeanne", "2 chemin des Vignes");
		this.payers.add("R-2", "Dupont Paul", "5 rue Haute");
		PayersView view = navigate(PayersView.class);
		this.payers.pages.reset();

		test(view.search).setValue(" vignes ");

		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Martin Jeanne");
		assertThat(this.payers.pages.requests()).isNotEmpty().allMatch((request) -> "vignes".equals(request.q()));
	}

	@Test
	void aNewHouseholdIsSavedWithEveryField() {
		navigate(PayersView.class);
		test($(Button.class).id("new-payer")).click();
		PayerEditorView editor = $view(PayerEditorView.class).single();

		test(editor.form.reference).setValue("LAB-0042");
		assertThat(editor.form.siret.isVisible()).isFalse();
		assertThat(editor.form.name.getLabel()).isEqualTo("Nom de famille");
		test(editor.form.civility).selectItem("Madame");
		test(editor.form.firstName).setValue("Inès");
		test(editor.form.name).setValue("Garcia");
		test(editor.form.address).setValue("12 allée des Tilleuls, 31670 Labège");
		test(editor.form.commune).selectItem("Labège");
		test(editor.form.householdSize).setValue(4);
		editor.form.activeFrom.setValue(LocalDate.of(2026, 3, 16));
		test(editor.save).click();

		assertThat(this.payers.saved).containsExactly(new PayerDraft(PayerKind.HOUSEHOLD, "LAB-0042", "Garcia",
				"12 allée des Tilleuls, 31670 Labège", InMemoryPayersApi.LABEGE.id(), 4, null,
				LocalDate.of(2026, 3, 16), null, Civility.MADAME, "Inès", null));
		assertThat(notification()).isEqualTo("Redevable enregistré.");
		assertThat(editor.state.getText()).isEqualTo("LAB-0042, Labège");
	}

	@Test
	void aTakenReferenceIsShownOnTheReferenceField() {
		this.payers.failure = refusal(HttpStatus.CONFLICT, "La référence LAB-0042 est déjà celle d'un redevable.",
				"reference", "Déjà utilisée par Famille Garcia.");
		PayerEditorView editor = navigate("waste-billing/payers/new", PayerEditorView.class);
		test(editor.form.reference).setValue("LAB-0042");
		test(editor.form.name).setValue("Famille Martin");
		test(editor.form.commune).selectItem("Labège");
		test(editor.save).click();

		assertThat(notification()).isEqualTo("La référence LAB-0042 est déjà celle d'un redevable.");
		assertThat(editor.form.reference.isInvalid()).isTrue();
		assertThat(editor.form.reference.getErrorMessage()).isEqualTo("Déjà utilisée par Famille Garcia.");
		assertThat(editor.form.name.isInvalid()).isFalse();
	}

	@Test
	void aProfessionalIsSavedWithItsCategoryAndNoHouseholdSize() {
		PayerEditorView editor = navigate("waste-billing/payers/new", PayerEditorView.class);
		test(editor.form.kind).selectItem("Professionnel");
		assertThat(editor.form.householdSize.isVisible()).isFalse();
		assertThat(editor.form.civility.isVisible()).isFalse();
		assertThat(editor.form.firstName.isVisible()).isFalse();
		assertThat(editor.form.name.getLabel()).isEqualTo("Raison sociale");
		test(editor.form.reference).setValue("PRO-7");
		test(editor.form.name).setValue("Le Bistrot");
		test(editor.form.siret).setValue("732 829 320 00074");
		test(editor.form.commune).selectItem("Escalquens");
		test(editor.form.professionalCategory).setValue("RESTAURANT");
		test(editor.save).click();

		assertThat(this.payers.saved).singleElement()
			.satisfies((draft) -> assertThat(draft.kind()).isEqualTo(PayerKind.PROFESSIONAL))
			.satisfies((draft) -> assertThat(draft.householdSize()).isNull())
			.satisfies((draft) -> assertThat(draft.professionalCategory()).isEqualTo("RESTAURANT"))
			.satisfies((draft) -> assertThat(draft.siret()).isEqualTo("73282932000074"))
			.satisfies((draft) -> assertThat(draft.civility()).isNull());
	}

	@Test
	void anExemptionIsAddedWithItsProofAndARefusedDateIsShownOnItsField() {
		Payer payer = this.payers.add("LAB-1", "Mme Roux", "3 place de l'Église");
		PayerEditorView editor = navigate(PayerEditorView.class, Map.of("id", payer.id().toString()));
		assertThat(editor.form.name.getValue()).isEqualTo("Mme Roux");

		this.payers.failure = refusal(HttpStatus.BAD_REQUEST, "L'exonération n'a pas été enregistrée.", "validFrom",
				"Obligatoire.");
		test(editor.exemptions.reason).setValue("Résidence en établissement");
		test(editor.exemptions.add).click();
		assertThat(editor.exemptions.from.isInvalid()).isTrue();
		assertThat(editor.exemptions.from.getErrorMessage()).isEqualTo("Obligatoire.");

		this.payers.failure = null;
		test(editor.exemptions.proof).setValue("EHPAD-2026-17");
		editor.exemptions.from.setValue(LocalDate.of(2026, 2, 1));
		test(editor.exemptions.add).click();

		assertThat(this.payers.exemptions.get(payer.id())).singleElement()
			.extracting(Exemption::reason, Exemption::proofReference, Exemption::validFrom)
			.containsExactly("Résidence en établissement", "EHPAD-2026-17", LocalDate.of(2026, 2, 1));
		assertThat(test(editor.exemptions.grid).size()).isEqualTo(1);
		assertThat(test(editor.exemptions.grid).getCellText(0, 1)).isEqualTo("EHPAD-2026-17");
		assertThat(editor.exemptions.from.isInvalid()).isFalse();
	}

	@Test
	void thePayersBinsShowTheirTagAndVolume() {
		Payer payer = this.payers.add("LAB-2", "M. Blanc", "1 rue Basse");
		var bin = this.bins.add("E200-0001", 120);
		this.bins.assign("sicoval", bin.id(),
				new fr.clocher.wastebilling.api.AssignmentDraft(payer.id(), LocalDate.of(2026, 1, 1), null));
		PayerEditorView editor = navigate(PayerEditorView.class, Map.of("id", payer.id().toString()));

		Grid<PayerBin> grid = editor.bins;
		assertThat(test(grid).size()).isEqualTo(1);
		assertThat(test(grid).getCellText(0, 0)).isEqualTo("E200-0001");
		assertThat(test(grid).getCellText(0, 1)).isEqualTo("120 L");
		assertThat($(TextField.class).withId("payer-search").all()).isEmpty();
	}

}
