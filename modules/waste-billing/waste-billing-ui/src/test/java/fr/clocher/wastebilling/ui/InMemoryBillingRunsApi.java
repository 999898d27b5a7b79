package fr.clocher.wastebilling.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.BillingRunDraft;
import fr.clocher.wastebilling.api.BillingRunsApi;
import fr.clocher.wastebilling.api.Correction;
import fr.clocher.wastebilling.api.Invoice;
import fr.clocher.wastebilling.api.InvoiceSummary;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.RunReview;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.api.WasteJob;

/**
 * The billing runs, in memory: computing answers the review the test prepared, each step
 * is refused out of order as tenant-service refuses it.
 */
public class InMemoryBillingRunsApi implements BillingRunsApi {

	public final Map<UUID, BillingRun> runs = new LinkedHashMap<>();

	public final List<String> calls = new ArrayList<>();

	public final List<InvoiceSummary> invoices = new ArrayList<>();

	public final Pages pages = new Pages();

	/** The invoices with their lines, by id. */
	public final Map<UUID, Invoice> invoiceDetails = new LinkedHashMap<>();

	/** What computing gives: the review of the run (its run's id is replaced). */
	public RunReview computed;

	public RuntimeException failure;

	/** Why the next computation job fails, null for success. */
	public String jobFailure;

	/** How many polls answer the computation still running, half done. */
	public int runningPolls;

	private UUID computing;

	public void reset() {
		this.runs.clear();
		this.calls.clear();
		this.invoices.clear();
		this.invoiceDetails.clear();
		this.pages.reset();
		this.computed = null;
		this.failure = null;
		this.jobFailure = null;
		this.runningPolls = 0;
		this.computing = null;
	}

	public BillingRun add(int year, int half, RunStatus status, long invoices, long totalCents) {
		LocalDate start = LocalDate.of(year, (half == 2) ? 7 : 1, 1);
		BillingRun run = new BillingRun(UUID.randomUUID(), year, start, start.plusMonths(6).minusDays(1), status,
				invoices, totalCents, null, null, null);
		this.runs.put(run.id(), run);
		return run;
	}

	@Override
	public List<BillingRun> runs(String tenant) {
		fail();
		return List.copyOf(this.runs.values());
	}

	@Override
	public BillingRun createRun(String tenant, BillingRunDraft draft) {
		fail();
		this.calls.add("create " + draft.year() + " " + draft.half());
		return add(draft.year(), (draft.half() != null) ? draft.half() : 1, RunStatus.DRAFT, 0, 0);
	}

	@Override
	public BillingRun run(String tenant, UUID id) {
		return this.runs.get(id);
	}

	@Override
	public BillingRun compute(String tenant, UUID id) {
		this.calls.add("compute");
		fail();
		BillingRun run = this.runs.get(id);
		BillingRun result = withStatus(run, RunStatus.REVIEW, this.computed.run().invoiceCount(),
				this.computed.run().totalCents());
		this.runs.put(id, result);
		return result;
	}

	@Override
	public WasteJob startCompute(String tenant, UUID id) {
		this.calls.add("start compute");
		fail();
		this.computing = id;
		return new WasteJob(UUID.randomUUID(), JobState.RUNNING, 0, null, null, null, 0, List.of(), Instant.now(),
				null);
	}

	@Override
	public WasteJob computeJob(String tenant, UUID id) {
		if (this.runningPolls > 0) {
			this.runningPolls--;
			return new WasteJob(id, JobState.RUNNING, 1, 2L, null, null, 0, List.of(), Instant.now(), null);
		}
		if (this.jobFailure != null) {
			return new WasteJob(id, JobState.FAILED, 0, null, null, this.jobFailure, 0, List.of(), Instant.now(),
					Instant.now());
		}
		BillingRun run = this.runs.get(this.computing);
		this.runs.put(run.id(), withStatus(run, RunStatus.REVIEW, this.computed.run().invoiceCount(),
				this.computed.run().totalCents()));
		return new WasteJob(id, JobState.DONE, 2, 2L, run.id(), null, 0, List.of(), Instant.now(), Instant.now());
	}

	@Override
	public RunReview review(String tenant, UUID id) {
		BillingRun run = this.runs.get(id);
		return new RunReview(run, this.computed.lineTotals(), this.computed.previousRunId(),
				this.computed.previousTotalCents(), this.computed.differences());
	}

	@Override
	public PageOf<InvoiceSummary> invoices(String tenant, UUID id, int page, int size) {
		return this.pages.page(this.invoices, null, page, size, 200);
	}

	@Override
	public BillingRun validate(String tenant, UUID id) {
		this.calls.add("validate");
		fail();
		BillingRun run = this.runs.get(id);
		return put(withStatus(run, RunStatus.VALIDATED, run.invoiceCount(), run.totalCents()));
	}

	@Override
	public BillingRun issue(String tenant, UUID id) {
		this.calls.add("issue");
		fail();
		BillingRun run = this.runs.get(id);
		return put(withStatus(run, RunStatus.ISSUED, run.invoiceCount(), run.totalCents()));
	}

	@Override
	public Invoice invoice(String tenant, UUID id) {
		return this.invoiceDetails.get(id);
	}

	@Override
	public Correction correct(String tenant, UUID id) {
		throw new UnsupportedOperationException();
	}

	private BillingRun put(BillingRun run) {
		this.runs.put(run.id(), run);
		return run;
	}

	private static BillingRun withStatus(BillingRun run, RunStatus status, long invoices, long total) {
		return new BillingRun(run.id(), run.year(), run.periodStart(), run.periodEnd(), status, invoices, total,
				Instant.now(), null, null);
	}

	private void fail() {
		if (this.failure != null) {
			throw this.failure;
		}
	}

}
