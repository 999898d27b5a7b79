package fr.clocher.wastebilling.ui.runs;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;

import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runs' list, a new run for a half-year opening the wizard, a period already billed
 * refused on the field it names, and the dashboard card of a run waiting for validation.
 */
class RunsViewTests extends WasteBillingViewTest {

	private static final WorkspaceCommune SICOVAL = new WorkspaceCommune("sicoval", "CA du Sicoval",
			TenantKind.INTERCOMMUNALITY, "http://sicoval.test/");

	@Test
	void aNewRunForTheSecondHalfOpensTheWizard() {
		RunsView view = navigate(RunsView.class);
		test(view.year).setValue(2026);
		test(view.half).selectItem("Second semestre");
		test(view.create).click();

		assertThat(this.runs.calls).containsExactly("create 2026 2");
		assertThat($view(RunWizardView.class).single().steps.current()).isEqualTo("1. Calculer");
	}

	@Test
	void theWholeYearIsAskedWithoutAHalf() {
		RunsView view = navigate(RunsView.class);
		test(view.year).setValue(2025);
		test(view.half).selectItem("Année entière");
		test(view.create).click();

		assertThat(this.runs.calls).containsExactly("create 2025 null");
	}

	@Test
	void aPeriodAlreadyBilledIsRefusedOnTheYear() {
		this.runs.failure = refusal(HttpStatus.CONFLICT, "Une période couvre déjà le premier semestre 2026.", "year",
				"Période déjà facturée.");
		RunsView view = navigate(RunsView.class);
		test(view.year).setValue(2026);
		test(view.create).click();

		assertThat(notification()).isEqualTo("Une période couvre déjà le premier semestre 2026.");
		assertThat(view.year.isInvalid()).isTrue();
		assertThat(view.year.getErrorMessage()).isEqualTo("Période déjà facturée.");
	}

	@Test
	void theRunsAreListedWithTheirTotalInEuros() {
		this.runs.add(2025, 2, RunStatus.ISSUED, 41_250, 8_912_345_67L);
		RunsView view = navigate(RunsView.class);

		assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("du 01/07/2025 au 31/12/2025");
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Émise");
		assertThat(test(view.grid).getCellText(0, 3)).isEqualTo(euros("8 912 345,67"));
	}

	@Test
	void theCardShowsARunWaitingForValidationAndNothingOtherwise() {
		RunAwaitingCard card = new RunAwaitingCard(this.runs);
		this.runs.add(2025, 2, RunStatus.ISSUED, 10, 1000);
		assertThat(card.render(SICOVAL)).isEmpty();

		BillingRun waiting = this.runs.add(2026, 1, RunStatus.REVIEW, 3, 127650);
		Optional<Component> shown = card.render(SICOVAL);

		assertThat(shown).isPresent();
		UI.getCurrent().add(shown.get());
		assertThat($(Paragraph.class)
			.withText("Période du 01/01/2026 au 30/06/2026 : 3 facture(s), " + euros("1 276,50")
					+ ", calculée et en attente de validation.")
			.all()).hasSize(1);
		assertThat(waiting.status()).isEqualTo(RunStatus.REVIEW);
	}

	@Test
	void theCardSaysWhyWhenTheApiCannotBeReached() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		this.runs.failure = refusal(HttpStatus.FORBIDDEN, "You do not serve this intercommunality.",
				java.util.Map.of());
		Optional<Component> shown = new RunAwaitingCard(this.runs).render(SICOVAL);

		UI.getCurrent().add(shown.orElseThrow());
		assertThat($(Paragraph.class).withText("You do not serve this intercommunality.").all()).hasSize(1);
	}

}
