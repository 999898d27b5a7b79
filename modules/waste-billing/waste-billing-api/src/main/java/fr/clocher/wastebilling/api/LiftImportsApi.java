package fr.clocher.wastebilling.api;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;

import org.springframework.core.io.InputStreamResource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The collection vehicles' lift files.
 *
 * <p>
 * A file is CSV with a header line naming its columns, separated by {@code ;} (or
 * {@code ,} or a tab, read from the header): {@code badge} (or {@code tag}),
 * {@code horodatage} ({@code timestamp}: {@code 2026-03-04T06:12:33}, with or without an
 * offset, or {@code 04/03/2026 06:12:33}, Paris time), {@code camion} ({@code truck}),
 * optionally {@code poids} ({@code weight}, kilograms, decimal comma or point),
 * {@code latitude}, {@code longitude} and {@code reference} (the vehicle's own lift id).
 * UTF-8 (with or without a BOM) unless {@code encoding} says otherwise
 * ({@code windows-1252}, {@code iso-8859-1}). The file is read as a stream and checked
 * line by line; one bad line refuses the whole file ({@code invalid-lift-file}, 422,
 * every bad line named in {@code errors} as {@code ligne 12, poids}, the first 100 of
 * them) and nothing is imported. A lift is known by its reference, or else by its truck,
 * tag and timestamp: importing the same or an overlapping file again never counts a lift
 * twice.
 */
@HttpExchange(WasteBilling.API)
public interface LiftImportsApi {

	/**
	 * Imports a lift file, the request body.
	 * @param tenant the tenant's slug
	 * @param fileName the file's name
	 * @param encoding its encoding, UTF-8 when absent
	 * @param content the file
	 * @return the report (201)
	 */
	@PostExchange("/lift-imports")
	LiftImport importLifts(@PathVariable("tenant") String tenant, @RequestParam("fileName") String fileName,
			@RequestParam(name = "encoding", required = false) String encoding,
			@RequestBody(required = false) InputStreamResource content);

	/** {@link #importLifts(String, String, String, InputStreamResource)} from bytes. */
	default LiftImport importLifts(String tenant, String fileName, String encoding, byte[] content) {
		return importLifts(tenant, fileName, encoding, new InputStreamResource(new ByteArrayInputStream(content)));
	}

	/**
	 * Starts importing a lift file, the request body, in the background: the body is
	 * received whole (on disk, never in memory) before the answer, then read and checked
	 * as {@link #importLifts} does, its progress given by {@link #importJob} (lines read
	 * of the file's lines). A refused file fails the job with every bad line and column
	 * ({@link WasteJob#errors}); nothing is imported then. The file's name and encoding
	 * are checked at once ({@code invalid-request}, 400).
	 * @param tenant the tenant's slug
	 * @param fileName the file's name
	 * @param encoding its encoding, UTF-8 when absent
	 * @param content the file
	 * @return the job, running (202)
	 */
	@PostExchange("/lift-import-jobs")
	WasteJob startImport(@PathVariable("tenant") String tenant, @RequestParam("fileName") String fileName,
			@RequestParam(name = "encoding", required = false) String encoding,
			@RequestBody(required = false) InputStreamResource content);

	/**
	 * An import started by {@link #startImport}: its progress, then the import's id
	 * ({@link WasteJob#resultId}) or why the file was refused. {@code job-not-found}
	 * (404) for another tenant's job.
	 * @param tenant the tenant's slug
	 * @param id the job
	 * @return the job
	 */
	@GetExchange("/lift-import-jobs/{id}")
	WasteJob importJob(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The accepted files, newest first.
	 * @param tenant the tenant's slug
	 * @param page the page, from 0
	 * @param size its size, 1 to 200
	 * @return the page
	 */
	@GetExchange("/lift-imports")
	PageOf<LiftImport> imports(@PathVariable("tenant") String tenant,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "50") int size);

	@GetExchange("/lift-imports/{id}")
	LiftImport liftImport(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * The anomalies of an import, by line.
	 * @param tenant the tenant's slug
	 * @param id the import
	 * @param page the page, from 0
	 * @param size its size, 1 to 1000
	 * @return the page
	 */
	@GetExchange("/lift-imports/{id}/anomalies")
	PageOf<LiftAnomaly> anomalies(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "100") int size);

}
