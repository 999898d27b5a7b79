package fr.clocher.wastebilling.ui.runs;

import java.io.InputStream;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.InvoicePrintsApi;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.ui.support.JobFollower;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * What an issued run hands out: the whole run as one PDF for the printer, made in the
 * background with its progress shown, then offered for download; and the run's ledger as
 * a CSV file a spreadsheet opens. Both are streamed from tenant-service to the browser.
 */
class RunPrintsPanel extends VerticalLayout {

	final Button print = new Button(translate("waste-billing.prints.print-run"), VaadinIcon.PRINT.create(),
			(event) -> startPrinting());

	final ProgressBar progress = new ProgressBar();

	final Paragraph progressText = new Paragraph();

	final Anchor download = new Anchor();

	final Anchor ledger = new Anchor();

	private final InvoicePrintsApi printsApi;

	private final ApiCall api = new ApiCall();

	private String tenant;

	private BillingRun run;

	private final JobFollower follower;

	RunPrintsPanel(InvoicePrintsApi printsApi) {
		this.printsApi = printsApi;
		setPadding(false);
		setId("run-prints");
		this.print.setId("print-run");
		this.progress.setId("print-progress");
		this.progress.setVisible(false);
		this.progressText.setVisible(false);
		this.download.setId("download-run-pdf");
		this.download.setText(translate("waste-billing.prints.download-run"));
		this.download.setVisible(false);
		this.ledger.setId("download-ledger");
		this.ledger.setText(translate("waste-billing.prints.ledger"));
		this.ledger.setHref((DownloadHandler) (event) -> {
			byte[] csv = this.printsApi.ledger(this.tenant, this.run.id());
			event.setFileName("grand-livre-" + this.run.periodStart() + ".csv");
			event.setContentType("text/csv;charset=UTF-8");
			event.getOutputStream().write(csv);
		});
		HorizontalLayout actions = new HorizontalLayout(this.print, this.ledger);
		actions.setWrap(true);
		actions.setAlignItems(Alignment.BASELINE);
		add(new H3(translate("waste-billing.prints.title")), new Paragraph(translate("waste-billing.prints.intro")),
				actions, this.progress, this.progressText, this.download);
		setVisible(false);
		this.follower = new JobFollower(this, this.progress, this.progressText,
				(id) -> this.printsApi.printJob(this.tenant, id), "waste-billing.prints.printing-progress", (done) -> {
					offer(done);
					ApiCall.success(translate("waste-billing.prints.printed", done.done()));
				}, () -> this.print.setEnabled(true));
	}

	/** Shows the panel for an issued run, hides it otherwise. */
	void show(BillingRun run, String tenant) {
		this.run = run;
		this.tenant = tenant;
		setVisible(run.status() == RunStatus.ISSUED);
	}

	private void startPrinting() {
		this.api.run(() -> this.printsApi.startPrint(this.tenant, this.run.id())).ifPresent((started) -> {
			this.print.setEnabled(false);
			this.download.setVisible(false);
			this.follower.follow(started, translate("waste-billing.prints.printing"));
		});
	}

	private void offer(WasteJob done) {
		UUID id = done.id();
		this.download.setHref((DownloadHandler) (event) -> {
			event.setFileName("factures-" + this.run.periodStart() + ".pdf");
			event.setContentType("application/pdf");
			try (InputStream in = this.printsApi.printedRun(this.tenant, id).getInputStream()) {
				in.transferTo(event.getOutputStream());
			}
		});
		this.download.setVisible(true);
	}

}
