package fr.clocher.directory.ui.entries;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.EntryStatus;
import fr.clocher.directory.api.OpeningHours;
import fr.clocher.directory.api.OpeningHoursText;
import fr.clocher.directory.ui.DirectoryViewTest;

import org.springframework.http.HttpStatus;

import static fr.clocher.directory.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entries: listed with their category and state (a stale one marked), searched
 * through the API, written in the editor with its hours typed one slot per line, each
 * refusal shown on its field; published; the dashboard card's counts.
 */
class EntriesViewTests extends DirectoryViewTest {

	@Test
	void entriesAreListedWithTheirCategoryAndStateAndSearchedThroughTheApi() {
		var shops = this.categories.named("Commerces");
		this.entries.add("Boulangerie", shops.id(), EntryStatus.PUBLISHED, true);
		this.entries.add("Épicerie", shops.id(), EntryStatus.DRAFT, false);
		EntriesView view = navigate(EntriesView.class);
		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Commerces");
		assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("En ligne · à vérifier");
		assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("Brouillon");

		test(view.search).setValue("boul");

		assertThat(this.entries.queries.getLast()).isEqualTo("boul");
		assertThat(test(view.grid).size()).isEqualTo(1);
	}

	@Test
	void aNewEntryIsSavedWithItsHoursAndARefusalShowsOnItsField() {
		navigate(EntriesView.class);
		test($(Button.class).id("new-entry")).click();
		EntryEditorView editor = $view(EntryEditorView.class).single();
		test(editor.name).setValue("Boulangerie Au Bon Pain");
		test(editor.category).selectItem("Commerces");
		test(editor.phone).setValue("04 92");
		test(editor.latitude).setValue(new BigDecimal("43.795"));
		test(editor.longitude).setValue(new BigDecimal("6.95"));
		test(editor.hours).setValue("mardi 7h00-12:30\nSamedi 07:00 - 12:00");
		this.entries.failure = refusal(HttpStatus.BAD_REQUEST, "La demande contient des champs invalides.",
				Map.of("phone", "Numéro de téléphone invalide.", "openingHours[1].closes", "Heure invalide."));

		test(editor.save).click();

		assertThat(editor.phone.isInvalid()).isTrue();
		assertThat(editor.phone.getErrorMessage()).isEqualTo("Numéro de téléphone invalide.");
		assertThat(editor.hours.isInvalid()).isTrue();

		this.entries.failure = null;
		test(editor.phone).setValue("04 92 00 00 00");
		test(editor.save).click();

		EntryDraft sent = (EntryDraft) this.entries.calls.getLast();
		assertThat(sent.categoryId()).isEqualTo(this.categories.named("Commerces").id());
		assertThat(sent.openingHours()).containsExactly(new OpeningHours("TUESDAY", "07:00", "12:30"),
				new OpeningHours("SATURDAY", "07:00", "12:00"));
		assertThat(notification()).isEqualTo("Fiche enregistrée.");
		EntryEditorView saved = $view(EntryEditorView.class).single();
		assertThat(saved.state.getText()).isEqualTo("Brouillon");
		assertThat(saved.hours.getValue()).isEqualTo("mardi 07:00-12:30\nsamedi 07:00-12:00");

		test(saved.publish).click();

		assertThat(this.entries.calls.getLast()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(saved.state.getText()).isEqualTo("En ligne");
		assertThat(saved.publish.isVisible()).isFalse();
		assertThat(saved.unpublish.isVisible()).isTrue();
	}

	@Test
	void anUnreadableHoursLineIsSentAsItIsForTheServiceToName() {
		assertThat(OpeningHoursText.parse("le matin")).containsExactly(new OpeningHours("le matin", null, null));
		assertThat(OpeningHoursText.parse("\n")).isEqualTo(List.of());
	}

	@Test
	void theCardCountsPendingProposalsOnlineDraftAndStaleEntries() {
		var shops = this.categories.named("Commerces");
		this.entries.add("Boulangerie", shops.id(), EntryStatus.PUBLISHED, true);
		this.entries.add("Épicerie", shops.id(), EntryStatus.PUBLISHED, false);
		this.entries.add("Garage", shops.id(), EntryStatus.DRAFT, false);
		this.submissions.add(new EntryDraft("Boucherie", shops.id(), null, null, null, null, null, null, null, null,
				List.of(), null), "habitant@exemple.fr");
		var card = new DirectoryCard(this.entries, this.submissions)
			.render(new fr.clocher.kernel.ui.WorkspaceCommune("aiglun", "Aiglun",
					fr.clocher.kernel.api.TenantKind.COMMUNE, "http://aiglun.test/"))
			.orElseThrow();
		assertThat(card.getElement().getTextRecursively()).contains("1 proposition(s) d'habitants à examiner.")
			.contains("2 fiche(s) en ligne, 1 brouillon(s), 1 à vérifier");
	}

}
