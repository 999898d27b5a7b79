package fr.clocher.wastebilling.api;

import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * What an issued run hands to its payers and to the accounts: each invoice or credit note
 * as a tagged PDF (PDF/UA) in French, the whole run as one PDF for the printer, made in
 * the background, and the run's ledger as CSV. A run not issued is {@code run-not-issued}
 * (409), an invoice not issued {@code invoice-not-issued} (409); another tenant's run,
 * invoice or job is not found (404). Conventions in the
 * {@linkplain fr.clocher.wastebilling.api package}.
 */
@HttpExchange(WasteBilling.API)
public interface InvoicePrintsApi {

	/**
	 * An issued invoice, or a credit note (which cites the invoice it cancels), as the
	 * payer receives it.
	 * @param tenant the tenant's slug
	 * @param id the invoice or credit note
	 * @return the PDF
	 */
	@GetExchange(url = "/invoices/{id}/pdf", accept = "application/pdf")
	byte[] invoicePdf(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Starts printing every invoice and credit note of an issued run, by number, into one
	 * PDF; its progress (invoices printed of the run's) given by {@link #printJob}.
	 * {@code nothing-to-print} (409) for a run without invoices.
	 * @param tenant the tenant's slug
	 * @param id the run
	 * @return the job, running (202)
	 */
	@PostExchange("/billing-runs/{id}/print-jobs")
	WasteJob startPrint(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * A print started by {@link #startPrint}: its progress, then done (its PDF ready for
	 * {@link #printedRun}; {@link WasteJob#resultId} names the file) or why it failed.
	 * {@code job-not-found} (404) for another tenant's job.
	 * @param tenant the tenant's slug
	 * @param id the job
	 * @return the job
	 */
	@GetExchange("/run-print-jobs/{id}")
	WasteJob printJob(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The PDF of a print job that is done, streamed from tenant-service's disk;
	 * {@code print-not-ready} (409) while it runs or when it failed, {@code print-gone}
	 * (410) once its file has been cleared away.
	 * @param tenant the tenant's slug
	 * @param id the job
	 * @return the PDF
	 */
	@GetExchange(url = "/run-print-jobs/{id}/pdf", accept = "application/pdf")
	InputStreamResource printedRun(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The ledger of an issued run, one line per invoice or credit note by number: number,
	 * kind, payer reference, name, member commune, total in euros. UTF-8 with its mark,
	 * {@code ;} between columns, decimal commas: what a French spreadsheet opens as is.
	 * @param tenant the tenant's slug
	 * @param id the run
	 * @return the CSV
	 */
	@GetExchange(url = "/billing-runs/{id}/ledger", accept = "text/csv")
	byte[] ledger(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
