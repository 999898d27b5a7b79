package fr.clocher.wastebilling.api;

import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The treasury export: the collectivity's identifiers at the treasury and the PES V2 file
 * (a Recette flow of type ORMC) of an issued run. Clocher neither signs nor sends the
 * file: the collectivity does, with its usual transmission tool. Conventions in the
 * {@linkplain fr.clocher.wastebilling.api package}.
 */
@HttpExchange(WasteBilling.API)
public interface TreasuryApi {

	/** The PES file's media type. */
	String XML = "application/xml";

	/**
	 * The treasury identifiers; all null until entered.
	 * @param tenant the tenant's slug
	 * @return the settings
	 */
	@GetExchange("/treasury-settings")
	TreasurySettings treasurySettings(@PathVariable("tenant") String tenant);

	/**
	 * Saves the treasury identifiers. Refused with {@code invalid-request} (400) naming
	 * each missing or malformed field.
	 * @param tenant the tenant's slug
	 * @param settings the identifiers
	 * @return the settings saved
	 */
	@PutExchange("/treasury-settings")
	TreasurySettings saveTreasurySettings(@PathVariable("tenant") String tenant,
			@RequestBody TreasurySettings settings);

	/**
	 * Starts making the PES V2 file of an issued run in the background (a run of 100,000
	 * invoices takes longer than a request may wait): its progress, given by
	 * {@link #pesJob}, counts each article written, then each read back through the
	 * DGFiP's schema (twice the articles in all). Refused at once, before any job, as
	 * {@link #pesFile} is ({@code run-not-issued}, {@code treasury-settings-incomplete},
	 * {@code payer-address-incomplete}, {@code payer-identity-incomplete}).
	 * @param tenant the tenant's slug
	 * @param id the run
	 * @param roll the roll number, as for {@link #pesFile}
	 * @return the job, running (202)
	 */
	@PostExchange("/billing-runs/{id}/pes-jobs")
	WasteJob startPesExport(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestParam(name = "roll", required = false) Integer roll);

	/**
	 * An export started by {@link #startPesExport}: its progress, then done (its file
	 * ready for {@link #pesJobFile}) or why it failed ({@code pes-invalid}: the file did
	 * not validate and is not kept). {@code job-not-found} (404) for another tenant's
	 * job.
	 * @param tenant the tenant's slug
	 * @param id the job
	 * @return the job
	 */
	@GetExchange("/pes-jobs/{id}")
	WasteJob pesJob(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The validated file of an export job that is done, streamed from tenant-service's
	 * disk with its name ({@code Content-Disposition}); {@code pes-not-ready} (409) while
	 * it runs or when it failed, {@code pes-gone} (410) once cleared away (after
	 * {@code clocher.waste-billing.printing.keep-hours}).
	 * @param tenant the tenant's slug
	 * @param id the job
	 * @return the file
	 */
	@GetExchange(value = "/pes-jobs/{id}/file", accept = XML)
	ResponseEntity<InputStreamResource> pesJobFile(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The PES V2 file of an issued run ({@code PES_ORMC_<siret>_<year>-<period>.xml}),
	 * validated against the DGFiP's schema before a byte is served, in the request (for
	 * scripts and the benchmark; the screens use {@link #startPesExport}). Refused before
	 * any file is made with {@code run-not-issued} (409) for a run not issued,
	 * {@code treasury-settings-incomplete} (409) naming each missing or malformed
	 * identifier, {@code payer-address-incomplete} (409) naming the payers whose address
	 * has no postcode; {@code pes-invalid} (500) when the file produced does not validate
	 * (nothing is served).
	 * @param tenant the tenant's slug
	 * @param id the run
	 * @param roll the roll number ({@code IdBord}, unique per year at the treasury); by
	 * default the half-year (1 or 2; 1 for a whole year). A run of more than 99,999
	 * invoices makes several rolls, numbered on from this one
	 * @return the file
	 */
	@GetExchange(value = "/billing-runs/{id}/pes", accept = XML)
	ResponseEntity<InputStreamResource> pesFile(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestParam(name = "roll", required = false) Integer roll);

}
