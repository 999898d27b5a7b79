package fr.clocher.wastebilling.ui.bins;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import fr.clocher.wastebilling.api.AssignmentDraft;
import fr.clocher.wastebilling.api.Bin;
import fr.clocher.wastebilling.api.BinDraft;
import fr.clocher.wastebilling.api.Blacklisting;
import fr.clocher.wastebilling.api.Payer;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;

import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bins: searched by tag page by page, created, a taken tag refused on its field,
 * given to a payer found by search, blacklisted from a date.
 */
class BinsViewTests extends WasteBillingViewTest {

	@Test
	void binsArePagedAndSearchedByTagThroughTheApi() {
		for (int i = 0; i < 5_000; i++) {
			this.bins.add("E200-%05d".formatted(i), 120);
		}
		this.bins.add("F300-00001", 240);
		BinsView view = navigate(BinsView.class);
		assertThat(test(view.grid).size()).isEqualTo(5_001);
		assertThat(this.bins.pages.requests()).allMatch((request) -> request.size() <= BinsView.PAGE);

		test(view.search).setValue("F300");

		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("F300-00001");
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("240 L");
		assertThat(this.bins.pages.requests().getLast().q()).isEqualTo("F300");
	}

	@Test
	void aNewBinIsSavedAndATakenTagIsShownOnTheTag() {
		navigate(BinsView.class);
		test($(Button.class).id("new-bin")).click();
		BinEditorView editor = $view(BinEditorView.class).single();
		this.bins.failure = refusal(HttpStatus.CONFLICT, "Le badge E200-1 est déjà celui d'un autre bac.", "tag",
				"Déjà pris.");
		test(editor.tag).setValue("E200-1");
		test(editor.volume).setValue(140);
		test(editor.save).click();
		assertThat(editor.tag.isInvalid()).isTrue();
		assertThat(editor.tag.getErrorMessage()).isEqualTo("Déjà pris.");

		this.bins.failure = null;
		test(editor.tag).setValue("E200-2");
		test(editor.save).click();

		assertThat(this.bins.calls).containsExactly(new BinDraft("E200-2", 140));
		assertThat(notification()).isEqualTo("Bac enregistré.");
		assertThat(editor.tag.isInvalid()).isFalse();
	}

	@Test
	void aBinIsGivenToAPayerFoundBySearchThenBlacklisted() {
		Payer payer = this.payers.add("LAB-9", "Famille Petit", "9 rue du Lac");
		this.payers.add("LAB-10", "Famille Grand", "10 rue du Lac");
		Bin bin = this.bins.add("E200-9", 120);
		BinEditorView editor = navigate(BinEditorView.class, Map.of("id", bin.id().toString()));
		assertThat(editor.state.getText()).isEqualTo("En service");

		test(editor.assign.payer).setFilter("Petit");
		assertThat(test(editor.assign.payer).getSuggestions()).containsExactly("LAB-9 – Famille Petit");
		test(editor.assign.payer).selectItem("LAB-9 – Famille Petit");
		editor.assign.start.setValue(LocalDate.of(2026, 4, 1));
		test(editor.assign.assign).click();

		assertThat(this.bins.calls).containsExactly(new AssignmentDraft(payer.id(), LocalDate.of(2026, 4, 1), null));
		assertThat(test(editor.assignments).size()).isEqualTo(1);
		assertThat(test(editor.assignments).getCellText(0, 0)).isEqualTo("LAB-9");

		editor.blacklist.from.setValue(LocalDate.of(2026, 9, 10));
		test(editor.blacklist.reason).setValue("volé");
		test(editor.blacklist.blacklist).click();

		assertThat(this.bins.calls).last().isEqualTo(new Blacklisting(LocalDate.of(2026, 9, 10), "volé"));
		assertThat(editor.state.getText()).isEqualTo("Refusé depuis le 10/09/2026 (volé)");
		assertThat(editor.blacklist.isVisible()).isFalse();
	}

}
