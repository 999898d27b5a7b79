package fr.clocher.wastebilling.api;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Billing runs: draft → review → validated → issued. Refusals of a step out of order are
 * {@code run-not-in-state} (409, naming the status). Conventions in the
 * {@linkplain fr.clocher.wastebilling.api package}.
 */
@HttpExchange(WasteBilling.API)
public interface BillingRunsApi {

	@GetExchange("/billing-runs")
	List<BillingRun> runs(@PathVariable("tenant") String tenant);

	/**
	 * Creates a run ({@link RunStatus#DRAFT}). Refused with {@code invalid-request} (400)
	 * and {@code run-exists} (409) when a run covers the same period.
	 * @param tenant the tenant's slug
	 * @param draft the year and half
	 * @return the run (201)
	 */
	@PostExchange("/billing-runs")
	BillingRun createRun(@PathVariable("tenant") String tenant, @RequestBody BillingRunDraft draft);

	@GetExchange("/billing-runs/{id}")
	BillingRun run(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Computes (or recomputes) the run's invoices from the payers, bins, lifts and the
	 * year's grid as they are now; the same data gives the same invoices. Allowed in
	 * {@link RunStatus#DRAFT} and {@link RunStatus#REVIEW}; {@code tariff-not-found}
	 * (409) without a grid for the year.
	 * @param tenant the tenant's slug
	 * @param id the run
	 * @return the run, {@link RunStatus#REVIEW}
	 */
	@PostExchange("/billing-runs/{id}/compute")
	BillingRun compute(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Starts {@link #compute} in the background; its progress (payers computed of the
	 * period's payers) given by {@link #computeJob}. The run's state is checked at once
	 * ({@code run-not-in-state}, 409); a failure later (no grid for the year...) fails
	 * the job with its reason, the run unchanged.
	 * @param tenant the tenant's slug
	 * @param id the run
	 * @return the job, running (202)
	 */
	@PostExchange("/billing-runs/{id}/compute-jobs")
	WasteJob startCompute(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * A computation started by {@link #startCompute}: its progress, then the run's id
	 * ({@link WasteJob#resultId}) or why it failed. {@code job-not-found} (404) for
	 * another tenant's job.
	 * @param tenant the tenant's slug
	 * @param id the job
	 * @return the job
	 */
	@GetExchange("/billing-run-jobs/{id}")
	WasteJob computeJob(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	@GetExchange("/billing-runs/{id}/review")
	RunReview review(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The run's invoices, by payer reference.
	 * @param tenant the tenant's slug
	 * @param id the run
	 * @param page the page, from 0
	 * @param size its size, 1 to 200
	 * @return the page
	 */
	@GetExchange("/billing-runs/{id}/invoices")
	PageOf<InvoiceSummary> invoices(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "50") int size);

	@PostExchange("/billing-runs/{id}/validate")
	BillingRun validate(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Issues a validated run: its invoices get numbers, sequential without gaps per
	 * tenant and year, all at once or none.
	 * @param tenant the tenant's slug
	 * @param id the run
	 * @return the run, {@link RunStatus#ISSUED}
	 */
	@PostExchange("/billing-runs/{id}/issue")
	BillingRun issue(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	@GetExchange("/invoices/{id}")
	Invoice invoice(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Corrects an issued invoice from the data as it is now: a credit note cancelling it
	 * and a new invoice, both issued with the next numbers. The invoice itself never
	 * changes. {@code invoice-not-issued} (409) for an invoice not issued,
	 * {@code invoice-corrected} (409) for one already corrected.
	 * @param tenant the tenant's slug
	 * @param id the invoice
	 * @return the credit note and the new invoice
	 */
	@PostExchange("/invoices/{id}/correct")
	Correction correct(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
