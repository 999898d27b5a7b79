package fr.clocher.wastebilling.service.billing;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.BillingRunDraft;
import fr.clocher.wastebilling.api.BillingRunsApi;
import fr.clocher.wastebilling.api.Correction;
import fr.clocher.wastebilling.api.Invoice;
import fr.clocher.wastebilling.api.InvoiceSummary;
import fr.clocher.wastebilling.api.RunReview;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.service.jobs.Jobs;
import fr.clocher.wastebilling.service.support.Paging;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The billing runs and their invoices over HTTP. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class BillingRunsController implements BillingRunsApi {

	static final String JOB = "BILLING_RUN";

	private final BillingRuns runs;

	private final InvoiceStore invoices;

	private final Jobs jobs;

	BillingRunsController(BillingRuns runs, InvoiceStore invoices, Jobs jobs) {
		this.runs = runs;
		this.invoices = invoices;
		this.jobs = jobs;
	}

	@Override
	public List<BillingRun> runs(String tenant) {
		return this.runs.all();
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public BillingRun createRun(String tenant, BillingRunDraft draft) {
		return this.runs.create(draft);
	}

	@Override
	public BillingRun run(String tenant, UUID id) {
		return this.runs.get(id);
	}

	@Override
	public BillingRun compute(String tenant, UUID id) {
		return this.runs.compute(id);
	}

	@Override
	@ResponseStatus(HttpStatus.ACCEPTED)
	public WasteJob startCompute(String tenant, UUID id) {
		this.runs.checkComputable(id);
		return this.jobs.start(JOB, null, (progress) -> this.runs.compute(id, progress).id(), () -> {
		});
	}

	@Override
	public WasteJob computeJob(String tenant, UUID id) {
		return this.jobs.find(JOB, id, LocaleContextHolder.getLocale());
	}

	@Override
	public RunReview review(String tenant, UUID id) {
		return this.runs.review(id);
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<InvoiceSummary> invoices(String tenant, UUID id, int page, int size) {
		Paging paging = Paging.of(page, size, 200);
		this.runs.get(id);
		return PageOf.of(this.invoices.ofRun(id, paging), paging.page(), paging.size(), this.invoices.countOfRun(id));
	}

	@Override
	public BillingRun validate(String tenant, UUID id) {
		return this.runs.validate(id);
	}

	@Override
	public BillingRun issue(String tenant, UUID id) {
		return this.runs.issue(id);
	}

	@Override
	public Invoice invoice(String tenant, UUID id) {
		return this.runs.invoice(id);
	}

	@Override
	public Correction correct(String tenant, UUID id) {
		return this.runs.correct(id);
	}

}
