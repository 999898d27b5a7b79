package fr.clocher.wastebilling.ui.runs;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.Invoice;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.InvoiceSummary;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.api.RunReview;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.ui.InMemoryInvoicePrintsApi;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issued run's documents from the wizard: the run printed in the background with its
 * progress, then its PDF offered; the ledger; an issued invoice's PDF from its dialog.
 * Nothing of it before the run is issued.
 */
class RunPrintsPanelTests extends WasteBillingViewTest {

	@Autowired
	InMemoryInvoicePrintsApi prints;

	@BeforeEach
	void noPrintYet() {
		this.prints.reset();
	}

	@Test
	void theRunIsPrintedWithItsProgressThenItsPdfIsOffered() throws Exception {
		RunWizardView view = issued();
		assertThat(view.prints.isVisible()).isTrue();
		assertThat(view.prints.print.getText()).isEqualTo("Imprimer la tournée");
		assertThat(view.prints.download.isVisible()).isFalse();
		this.prints.runningPolls = 1;

		test(view.prints.print).click();

		assertThat(this.prints.calls).containsExactly("start print");
		assertThat(view.prints.progress.isVisible()).isTrue();
		assertThat(view.prints.progressText.getText()).isEqualTo("Impression des factures en cours…");
		assertThat(view.prints.print.isEnabled()).isFalse();
		assertThat(UI.getCurrent().getPollInterval()).isPositive();

		poll();
		assertThat(view.prints.progress.getValue()).isEqualTo(0.5);
		assertThat(view.prints.progressText.getText()).isEqualTo("1 facture(s) imprimée(s) sur 2…");
		assertThat(view.prints.download.isVisible()).isFalse();

		poll();
		assertThat(view.prints.progress.isVisible()).isFalse();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
		assertThat(notification()).isEqualTo("PDF de la tournée prêt : 2 facture(s).");
		assertThat(view.prints.download.isVisible()).isTrue();
		assertThat(view.prints.download.getText()).isEqualTo("Télécharger le PDF de la tournée");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		test(view.prints.download).download(pdf);
		assertThat(pdf.toByteArray()).isEqualTo(InMemoryInvoicePrintsApi.RUN_PDF);
		assertThat(view.prints.print.isEnabled()).isTrue();
	}

	@Test
	void aFailedPrintSaysWhyAndOffersNothing() {
		RunWizardView view = issued();
		this.prints.jobFailure = "La tâche a échoué sur une erreur interne ; rien n'a été enregistré.";
		test(view.prints.print).click();
		poll();

		assertThat(notification()).isEqualTo("La tâche a échoué sur une erreur interne ; rien n'a été enregistré.");
		assertThat(view.prints.download.isVisible()).isFalse();
		assertThat(view.prints.print.isEnabled()).isTrue();
	}

	@Test
	void aPrintRefusedAtOnceShowsTheRefusal() {
		RunWizardView view = issued();
		this.prints.failure = refusal(HttpStatus.CONFLICT, "La facturation est à l'état REVIEW.", Map.of());
		test(view.prints.print).click();

		assertThat(notification()).isEqualTo("La facturation est à l'état REVIEW.");
		assertThat(view.prints.progress.isVisible()).isFalse();
	}

	@Test
	void theLedgerDownloadsAsTheApiWritesIt() throws Exception {
		RunWizardView view = issued();
		assertThat(view.prints.ledger.getText()).isEqualTo("Grand livre (CSV)");
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		test(view.prints.ledger).download(csv);
		assertThat(csv.toByteArray()).isEqualTo(InMemoryInvoicePrintsApi.LEDGER);
		assertThat(this.prints.calls).containsExactly("ledger");
	}

	@Test
	void aRunNotIssuedHasNoDocuments() {
		BillingRun run = this.runs.add(2026, 1, RunStatus.REVIEW, 1, 17650);
		this.runs.computed = new RunReview(run, List.of(), null, null, List.of());
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		assertThat(view.prints.isVisible()).isFalse();
	}

	@Test
	void anIssuedInvoicesPdfDownloadsFromItsDialog() throws Exception {
		RunWizardView view = issued();
		test(view.review.invoices).clickRow(0);
		InvoiceDialog dialog = $(InvoiceDialog.class).single();
		assertThat(dialog.pdf.isVisible()).isTrue();
		assertThat(dialog.pdf.getText()).isEqualTo("Télécharger le PDF");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		test(dialog.pdf).download(pdf);
		assertThat(pdf.toByteArray()).isEqualTo(InMemoryInvoicePrintsApi.INVOICE_PDF);
	}

	@Test
	void theButtonsSpeakEnglish() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		RunWizardView view = issued();
		assertThat(view.prints.print.getText()).isEqualTo("Print the run");
		assertThat(view.prints.ledger.getText()).isEqualTo("Ledger (CSV)");
	}

	private RunWizardView issued() {
		BillingRun run = this.runs.add(2026, 1, RunStatus.ISSUED, 1, 17650);
		this.runs.computed = new RunReview(run, List.of(), null, null, List.of());
		UUID invoice = UUID.randomUUID();
		this.runs.invoices.add(new InvoiceSummary(invoice, "2026-000001", InvoiceKind.INVOICE, UUID.randomUUID(),
				"LAB-1", "Famille Garcia", 17650));
		this.runs.invoiceDetails.put(invoice,
				new Invoice(invoice, "2026-000001", InvoiceKind.INVOICE, run.id(), UUID.randomUUID(), "LAB-1",
						"Famille Garcia", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null, 17650,
						List.of(new InvoiceLine(LineCode.FIXED_BIN, "Part fixe bac 120 L", "6/12 × 150,00 €", 6, 120,
								null, null, null, null, null, 15000L, 17650))));
		return navigate(RunWizardView.class, Map.of("id", run.id().toString()));
	}

	private static void poll() {
		UI ui = UI.getCurrent();
		ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
	}

}
