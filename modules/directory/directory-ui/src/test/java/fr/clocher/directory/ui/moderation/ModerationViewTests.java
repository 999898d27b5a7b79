package fr.clocher.directory.ui.moderation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.clocher.directory.api.Entry;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.EntryStatus;
import fr.clocher.directory.api.OpeningHours;
import fr.clocher.directory.api.Rejection;
import fr.clocher.directory.api.Submission;
import fr.clocher.directory.ui.DirectoryViewTest;

import org.springframework.http.HttpStatus;

import static fr.clocher.directory.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderation queue: a proposal chosen, corrected then published; another refused, its
 * missing reason shown on the reason field first.
 */
class ModerationViewTests extends DirectoryViewTest {

	@Test
	void aProposalIsCorrectedAndPublishedAnotherRefusedWithAReason() {
		var shops = this.categories.named("Commerces");
		Submission bakery = this.submissions.add(new EntryDraft("boulangerie du centre", shops.id(), "Pain.", null,
				null, null, null, "04 92 00 00 00", null, null, List.of(), null), "habitante@exemple.fr");
		this.submissions.add(new EntryDraft("Montres pas chères", shops.id(), null, null, null, null, null, null, null,
				null, List.of(), null), "spam@exemple.fr");
		ModerationView view = navigate(ModerationView.class);
		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(view.detail.isVisible()).isFalse();

		test(view.grid).select(0);
		assertThat(view.name.getValue()).isEqualTo("boulangerie du centre");
		assertThat(view.submitter.getText()).contains("habitante@exemple.fr");
		test(view.name).setValue("Boulangerie du Centre");
		test(view.approve).click();

		EntryDraft published = (EntryDraft) this.submissions.calls.getLast();
		assertThat(published.name()).isEqualTo("Boulangerie du Centre");
		assertThat(published.categoryId()).isEqualTo(bakery.proposed().categoryId());
		assertThat(notification()).isEqualTo("« Boulangerie du Centre » est publiée ; la personne est prévenue.");
		assertThat(test(view.grid).size()).isEqualTo(1);

		test(view.grid).select(0);
		this.submissions.failure = refusal(HttpStatus.BAD_REQUEST, "Champs invalides.", "reason",
				"Ce champ est obligatoire.");
		test(view.reject).click();
		assertThat(view.reason.isInvalid()).isTrue();
		this.submissions.failure = null;
		test(view.reason).setValue("Hors de la commune.");
		test(view.reject).click();
		assertThat(this.submissions.calls.getLast()).isEqualTo(new Rejection("Hors de la commune."));
		assertThat(test(view.grid).size()).isZero();
	}

	@Test
	void aCorrectionShowsThePresentValueUnderEachFieldItChanges() {
		var shops = this.categories.named("Commerces");
		Entry bakery = this.entries.add("Boulangerie du Centre", shops.id(), EntryStatus.PUBLISHED, false);
		this.submissions.add(bakery.id(),
				new EntryDraft("Boulangerie du Centre", shops.id(), null, null, null, new BigDecimal("43.600000"),
						new BigDecimal("1.44"), "04 92 00 00 01", null, null,
						List.of(new OpeningHours("MONDAY", "07:00", "13:00")), null),
				"voisin@exemple.fr");
		this.submissions.add(
				new EntryDraft("Garage", shops.id(), null, null, null, null, null, null, null, null, List.of(), null),
				"garagiste@exemple.fr");
		ModerationView view = navigate(ModerationView.class);
		assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Correction");

		test(view.grid).select(0);
		assertThat(view.correction.isVisible()).isTrue();
		assertThat(view.correction.getText()).contains("« Boulangerie du Centre »");
		assertThat(view.phone.getHelperText()).isEqualTo("Actuellement : (vide)");
		assertThat(view.name.getHelperText()).isNull();
		assertThat(view.description.getHelperText()).isNull();
		assertThat(view.latitude.getHelperText()).isEqualTo("Actuellement : (vide)");
		assertThat(view.hours.getValue()).isEqualTo("lundi 07:00-13:00");
		assertThat(view.hours.getHelperText()).isEqualTo("Actuellement : (vide)");
		test(view.hours).setValue("lundi 07:00-12:30");
		test(view.approve).click();
		EntryDraft published = (EntryDraft) this.submissions.calls.getLast();
		assertThat(published.latitude()).isEqualByComparingTo("43.6");
		assertThat(published.openingHours()).containsExactly(new OpeningHours("MONDAY", "07:00", "12:30"));

		test(view.grid).select(0);
		assertThat(view.correction.isVisible()).isFalse();
		assertThat(view.phone.getHelperText()).isNull();
	}

}
