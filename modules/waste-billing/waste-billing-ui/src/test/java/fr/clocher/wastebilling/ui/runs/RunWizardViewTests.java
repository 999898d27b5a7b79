package fr.clocher.wastebilling.ui.runs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;

import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.Invoice;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.InvoiceSummary;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.api.LineTotal;
import fr.clocher.wastebilling.api.PayerDifference;
import fr.clocher.wastebilling.api.RunReview;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;

import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing-run wizard, driven step by step: compute with the progress on screen, the
 * review's totals per tariff line and per payer in euros, validate, issue after
 * confirming; a refusal leaves the run where it was.
 */
class RunWizardViewTests extends WasteBillingViewTest {

	private static final UUID PAYER = UUID.randomUUID();

	@Test
	void computeShowsTheProgressThenTheReviewInEuros() {
		BillingRun run = this.runs.add(2026, 1, RunStatus.DRAFT, 0, 0);
		this.runs.computed = review(run);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		assertThat(view.steps.current()).isEqualTo("1. Calculer");
		assertThat(view.review.isVisible()).isFalse();
		assertThat(view.validate.isEnabled()).isFalse();

		this.runs.runningPolls = 1;
		test(view.compute).click();

		assertThat(this.runs.calls).containsExactly("start compute");
		assertThat(view.progress.isVisible()).isTrue();
		assertThat(view.progressText.getText()).isEqualTo("Calcul des factures en cours…");
		assertThat(UI.getCurrent().getPollInterval()).isPositive();
		assertThat(view.compute.isEnabled()).isFalse();

		poll();

		assertThat(view.progress.isVisible()).isTrue();
		assertThat(view.progress.isIndeterminate()).isFalse();
		assertThat(view.progress.getValue()).isEqualTo(0.5);
		assertThat(view.progressText.getText()).isEqualTo("1 payeur(s) calculé(s) sur 2…");
		assertThat(view.review.isVisible()).isFalse();

		poll();

		assertThat(view.progress.isVisible()).isFalse();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
		assertThat(notification()).isEqualTo("3 facture(s) calculée(s).");
		assertThat(view.steps.current()).isEqualTo("2. Vérifier");
		assertThat(view.state.getText()).isEqualTo("Période du 01/01/2026 au 30/06/2026 : À vérifier");
		assertThat(view.review.isVisible()).isTrue();
		assertThat(test(view.review.lines).size()).isEqualTo(3);
		assertThat(test(view.review.lines).getCellText(0, 0)).isEqualTo("Part fixe par bac");
		assertThat(test(view.review.lines).getCellText(0, 2)).isEqualTo(euros("1 234,50"));
		assertThat(test(view.review.lines).getCellText(1, 0)).isEqualTo("Levées supplémentaires");
		assertThat(test(view.review.lines).getCellText(1, 2)).isEqualTo(euros("42,00"));
		assertThat(test(view.review.lines).getCellText(2, 2)).isEqualTo(euros("0,00"));
		assertThat(view.review.total.getText()).isEqualTo("Total : " + euros("1 276,50") + " pour 3 facture(s)");
		assertThat(view.review.previous.getText())
			.isEqualTo("Période précédente : " + euros("1 200,00") + " (écart +" + euros("76,50") + ")");
		assertThat(test(view.review.differences).getCellText(0, 1)).isEqualTo("Famille Garcia");
		assertThat(test(view.review.differences).getCellText(0, 2)).isEqualTo(euros("100,00"));
		assertThat(test(view.review.differences).getCellText(0, 3)).isEqualTo(euros("176,50"));
		assertThat(test(view.review.differences).getCellText(0, 4)).isEqualTo("+" + euros("76,50"));
		assertThat(test(view.review.differences).getCellText(1, 2)).isEqualTo("Nouveau");
		assertThat(test(view.review.invoices).size()).isEqualTo(3);
		assertThat(test(view.review.invoices).getCellText(2, 3)).isEqualTo(euros("0,00"));
		assertThat(view.validate.isEnabled()).isTrue();
		assertThat(view.issue.isEnabled()).isFalse();
	}

	@Test
	void aValidatedRunIsIssuedOnlyOnceConfirmed() {
		BillingRun run = this.runs.add(2026, 2, RunStatus.REVIEW, 3, 127650);
		this.runs.computed = review(run);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));

		test(view.validate).click();
		assertThat(this.runs.calls).containsExactly("validate");
		assertThat(notification()).isEqualTo("Période validée : elle peut être émise.");
		assertThat(view.compute.isEnabled()).isFalse();
		assertThat(view.issue.isEnabled()).isTrue();
		assertThat(view.steps.current()).isEqualTo("4. Émettre");

		test(view.issue).click();
		ConfirmDialog confirm = $(ConfirmDialog.class).single();
		assertThat(test(confirm).getText()).isEqualTo(
				"3 facture(s) recevront leur numéro et ne pourront plus changer ; une erreur se corrigera par un avoir.");
		test(confirm).cancel();
		assertThat(this.runs.calls).containsExactly("validate");

		test(view.issue).click();
		test($(ConfirmDialog.class).last()).confirm();
		assertThat(this.runs.calls).containsExactly("validate", "issue");
		assertThat(this.runs.runs.get(run.id()).status()).isEqualTo(RunStatus.ISSUED);
		assertThat(notification()).isEqualTo("3 facture(s) émise(s).");
		assertThat(view.issue.isEnabled()).isFalse();
		assertThat(view.validate.isEnabled()).isFalse();
		assertThat(view.compute.isEnabled()).isFalse();
		assertThat(view.steps.current()).isNull();
	}

	@Test
	void aComputeRefusedForWantOfATariffLeavesTheRunADraft() {
		BillingRun run = this.runs.add(2027, 1, RunStatus.DRAFT, 0, 0);
		this.runs.jobFailure = "Aucune grille tarifaire pour 2027 : saisissez-la d'abord.";
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		test(view.compute).click();
		poll();

		assertThat(notification()).isEqualTo("Aucune grille tarifaire pour 2027 : saisissez-la d'abord.");
		assertThat(view.progress.isVisible()).isFalse();
		assertThat(view.compute.isEnabled()).isTrue();
		assertThat(view.steps.current()).isEqualTo("1. Calculer");
		assertThat(this.runs.runs.get(run.id()).status()).isEqualTo(RunStatus.DRAFT);
	}

	@Test
	void theReviewIsInEuroInEnglish() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		BillingRun run = this.runs.add(2026, 1, RunStatus.REVIEW, 3, 127650);
		this.runs.computed = review(run);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));

		assertThat(test(view.review.lines).getCellText(0, 0)).isEqualTo("Fixed part per bin");
		assertThat(test(view.review.lines).getCellText(0, 2)).isEqualTo("€1,234.50");
		assertThat(view.review.total.getText()).isEqualTo("Total: €1,276.50 for 3 invoice(s)");
	}

	@Test
	void anotherPollDoesNotComputeAgain() {
		BillingRun run = this.runs.add(2026, 1, RunStatus.DRAFT, 0, 0);
		this.runs.computed = review(run);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		test(view.compute).click();
		poll();
		poll();

		assertThat(this.runs.calls).containsExactly("start compute");
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
	}

	@Test
	void aComputationRefusedAtOnceLeavesTheButtonsAsTheyWere() {
		BillingRun run = this.runs.add(2026, 1, RunStatus.DRAFT, 0, 0);
		this.runs.failure = refusal(HttpStatus.CONFLICT, "Cette étape n'est pas possible.", Map.of());
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		test(view.compute).click();

		assertThat(notification()).isEqualTo("Cette étape n'est pas possible.");
		assertThat(view.progress.isVisible()).isFalse();
		assertThat(view.compute.isEnabled()).isTrue();
	}

	@Test
	void anInvoiceOpensWithEachLinesBasisOfCalculation() {
		BillingRun run = this.runs.add(2026, 1, RunStatus.REVIEW, 3, 127650);
		this.runs.computed = review(run);
		InvoiceSummary first = this.runs.invoices.getFirst();
		this.runs.invoiceDetails.put(first.id(),
				new Invoice(first.id(), null, InvoiceKind.INVOICE, run.id(), PAYER, "LAB-1", "Famille Garcia",
						run.periodStart(), run.periodEnd(), null, null, 17650,
						List.of(new InvoiceLine(LineCode.FIXED_BIN, "Part fixe bac 120 L", "6/12 × 150,00 €", 6, 120,
								null, null, null, null, null, 15000L, 7500),
								new InvoiceLine(LineCode.EXTRA_LIFTS, "Levées supplémentaires", "4 × 2,50 €", null, 120,
										null, 10, 6, 4, null, 250L, 1000))));
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));

		test(view.review.invoices).clickRow(0);

		InvoiceDialog dialog = $(InvoiceDialog.class).single();
		assertThat(dialog.getHeaderTitle()).isEqualTo("Facture de LAB-1, Famille Garcia");
		assertThat(test(dialog.lines).getCellText(0, 2)).isEqualTo("6/12 × 150,00 €");
		assertThat(test(dialog.lines).getCellText(0, 3)).isEqualTo(euros("75,00"));
		assertThat(test(dialog.lines).getCellText(1, 0)).isEqualTo("Levées supplémentaires");
		assertThat(test(dialog.lines).getCellText(1, 3)).isEqualTo(euros("10,00"));
		assertThat(dialog.total.getText()).isEqualTo("Total de la facture : " + euros("176,50"));
	}

	private RunReview review(BillingRun run) {
		this.runs.invoices.addAll(List.of(
				new InvoiceSummary(UUID.randomUUID(), null, InvoiceKind.INVOICE, PAYER, "LAB-1", "Famille Garcia",
						17650),
				new InvoiceSummary(UUID.randomUUID(), null, InvoiceKind.INVOICE, UUID.randomUUID(), "LAB-2", "M. Blanc",
						110000),
				new InvoiceSummary(UUID.randomUUID(), null, InvoiceKind.INVOICE, UUID.randomUUID(), "LAB-3", "Mme Roux",
						0)));
		BillingRun computed = new BillingRun(run.id(), run.year(), run.periodStart(), run.periodEnd(), RunStatus.REVIEW,
				3, 127650, null, null, null);
		return new RunReview(computed,
				List.of(new LineTotal(LineCode.FIXED_BIN, 3, 123450), new LineTotal(LineCode.EXTRA_LIFTS, 2, 4200),
						new LineTotal(LineCode.EXEMPTION, 1, 0)),
				UUID.randomUUID(), 120000L,
				List.of(new PayerDifference(PAYER, "LAB-1", "Famille Garcia", 10000L, 17650, 7650),
						new PayerDifference(UUID.randomUUID(), "LAB-2", "M. Blanc", null, 110000, 110000)));
	}

	private static void poll() {
		UI ui = UI.getCurrent();
		ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
	}

}
