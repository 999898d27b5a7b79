package fr.clocher.wastebilling.ui.runs;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.BillingRunsApi;
import fr.clocher.wastebilling.api.InvoicePrintsApi;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.api.TreasuryApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.ui.support.Dates;
import fr.clocher.wastebilling.ui.support.Ids;
import fr.clocher.wastebilling.ui.support.JobPolling;
import fr.clocher.wastebilling.ui.support.Labels;
import fr.clocher.wastebilling.ui.treasury.PesDownload;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * One billing run, step by step: compute (or recompute) with its progress shown, review
 * the totals and the differences from the previous period, validate, issue. Each step is
 * offered only when the run stands where it may be taken.
 */
@Route("waste-billing/runs/:id")
@PageTitle("Période de facturation")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class RunWizardView extends ModuleScreen implements BeforeEnterObserver {

	final Paragraph state = new Paragraph();

	final StepBar steps = new StepBar();

	final ProgressBar progress = new ProgressBar();

	final Paragraph progressText = new Paragraph(translate("waste-billing.runs.computing"));

	final Button compute = new Button(translate("waste-billing.runs.compute"), VaadinIcon.CALC.create(),
			(event) -> startComputing());

	final Button validate = new Button(translate("waste-billing.runs.validate"), VaadinIcon.CHECK.create(),
			(event) -> validate());

	final Button issue = new Button(translate("waste-billing.runs.issue"), VaadinIcon.PAPERPLANE.create(),
			(event) -> confirmIssue());

	final ReviewPanel review;

	final RunPrintsPanel prints;

	final PesDownload pes;

	private final BillingRunsApi runsApi;

	private BillingRun run;

	/** The computation being followed, null when none. */
	private WasteJob job;

	public RunWizardView(BillingRunsApi runsApi, TreasuryApi treasuryApi, InvoicePrintsApi printsApi) {
		super(translate("waste-billing.runs.wizard"), translate("waste-billing.runs.wizard-intro"));
		this.runsApi = runsApi;
		this.pes = new PesDownload(treasuryApi);
		this.review = new ReviewPanel(printsApi);
		this.prints = new RunPrintsPanel(printsApi);
		this.state.setId("run-state");
		this.compute.setId("compute-run");
		this.validate.setId("validate-run");
		this.issue.setId("issue-run");
		this.validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.progress.setId("compute-progress");
		this.progress.setIndeterminate(true);
		this.progress.setVisible(false);
		this.progressText.setVisible(false);
		HorizontalLayout actions = new HorizontalLayout(this.compute, this.validate, this.issue);
		actions.setWrap(true);
		add(new RouterLink(translate("waste-billing.runs.all"), RunsView.class), this.steps, this.state, actions,
				this.progress, this.progressText, this.prints, this.review);
		add(this.pes);
		JobPolling.onPolls(this, this::followJob);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Ids.parse(event.getRouteParameters().get("id").orElse(""),
				() -> this.state.setText(translate("waste-billing.runs.not-found")))
			.flatMap((id) -> this.api.run(() -> this.runsApi.run(tenant(), id)))
			.ifPresent(this::show);
	}

	/**
	 * Starts the computation in the background and shows its progress, polled from
	 * tenant-service on each of the browser's polls (the call runs on a request of the
	 * signed-in person, her token, not on a thread of its own).
	 */
	private void startComputing() {
		this.api.run(() -> this.runsApi.startCompute(tenant(), this.run.id())).ifPresent((job) -> {
			this.job = job;
			this.compute.setEnabled(false);
			this.validate.setEnabled(false);
			this.issue.setEnabled(false);
			this.progress.setIndeterminate(true);
			this.progress.setVisible(true);
			this.progressText.setText(translate("waste-billing.runs.computing"));
			this.progressText.setVisible(true);
			getUI().ifPresent((ui) -> ui.setPollInterval(JobPolling.INTERVAL));
		});
	}

	/** On each poll of the browser, where the computation stands. */
	private void followJob() {
		if (this.job == null) {
			return;
		}
		UUID id = this.job.id();
		Optional<WasteJob> now = this.api.run(() -> this.runsApi.computeJob(tenant(), id));
		if (now.isPresent() && now.get().state() == JobState.RUNNING) {
			showProgress(now.get());
			return;
		}
		this.job = null;
		getUI().ifPresent((ui) -> ui.setPollInterval(-1));
		this.progress.setVisible(false);
		this.progressText.setVisible(false);
		Optional<BillingRun> run = this.api.run(() -> this.runsApi.run(tenant(), this.run.id()));
		run.ifPresent(this::show);
		now.ifPresent((ended) -> {
			if (ended.state() == JobState.DONE) {
				run.ifPresent((computed) -> ApiCall
					.success(translate("waste-billing.runs.computed", computed.invoiceCount())));
			}
			else {
				ApiCall.failure(new ApiError(409, ended.message(), Map.of()));
			}
		});
	}

	private void showProgress(WasteJob current) {
		JobPolling.show(this.progress, this.progressText, current, "waste-billing.runs.computing-progress", null);
	}

	private void validate() {
		this.api.run(() -> this.runsApi.validate(tenant(), this.run.id())).ifPresent((run) -> {
			show(run);
			ApiCall.success(translate("waste-billing.runs.validated"));
		});
	}

	private void confirmIssue() {
		ConfirmDialog dialog = new ConfirmDialog(translate("waste-billing.runs.issue-title"),
				translate("waste-billing.runs.issue-text", this.run.invoiceCount()),
				translate("waste-billing.runs.issue"), (event) -> issue());
		dialog.setId("confirm-issue");
		dialog.setCancelable(true);
		dialog.setCancelText(translate("waste-billing.runs.cancel"));
		dialog.open();
	}

	private void issue() {
		this.api.run(() -> this.runsApi.issue(tenant(), this.run.id())).ifPresent((run) -> {
			show(run);
			ApiCall.success(translate("waste-billing.runs.issued", run.invoiceCount()));
		});
	}

	private void show(BillingRun run) {
		this.run = run;
		this.steps.show(run.status());
		this.state.setText(translate("waste-billing.runs.state", RunsView.period(run), Labels.of(run.status())));
		this.compute.setText((run.status() == RunStatus.DRAFT) ? translate("waste-billing.runs.compute")
				: translate("waste-billing.runs.recompute"));
		this.compute.setEnabled(run.status() == RunStatus.DRAFT || run.status() == RunStatus.REVIEW);
		this.validate.setEnabled(run.status() == RunStatus.REVIEW);
		this.issue.setEnabled(run.status() == RunStatus.VALIDATED);
		this.review.setVisible(run.status() != RunStatus.DRAFT);
		this.pes.show(tenant(), run);
		this.prints.show(run, tenant());
		if (run.status() != RunStatus.DRAFT) {
			this.api.run(() -> this.runsApi.review(tenant(), run.id()))
				.ifPresent((review) -> this.review.show(review, this.runsApi, tenant()));
		}
	}

	static String date(LocalDate date) {
		return Dates.date(date);
	}

}
