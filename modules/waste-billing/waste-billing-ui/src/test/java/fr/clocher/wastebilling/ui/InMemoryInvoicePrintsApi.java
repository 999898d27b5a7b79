package fr.clocher.wastebilling.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.wastebilling.api.InvoicePrintsApi;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.WasteJob;

import org.springframework.core.io.InputStreamResource;

/**
 * The prints as a test sets them: a print job running for so many polls, then done (or
 * failed), and fixed bytes for each file; every call recorded.
 */
public class InMemoryInvoicePrintsApi implements InvoicePrintsApi {

	public static final byte[] INVOICE_PDF = "%PDF-invoice".getBytes(StandardCharsets.ISO_8859_1);

	public static final byte[] RUN_PDF = "%PDF-run".getBytes(StandardCharsets.ISO_8859_1);

	public static final byte[] LEDGER = "\ufeffNuméro;Type\r\n".getBytes(StandardCharsets.UTF_8);

	public final List<String> calls = new ArrayList<>();

	/** The polls that still answer running. */
	public int runningPolls;

	/** Why the print fails, null when it succeeds. */
	public String jobFailure;

	/** What starting a print throws, null when it starts. */
	public RuntimeException failure;

	public void reset() {
		this.calls.clear();
		this.runningPolls = 0;
		this.jobFailure = null;
		this.failure = null;
	}

	@Override
	public byte[] invoicePdf(String tenant, UUID id) {
		this.calls.add("invoice pdf " + id);
		return INVOICE_PDF;
	}

	@Override
	public WasteJob startPrint(String tenant, UUID id) {
		this.calls.add("start print");
		if (this.failure != null) {
			throw this.failure;
		}
		return new WasteJob(UUID.randomUUID(), JobState.RUNNING, 0, 2L, null, null, 0, List.of(), Instant.now(), null);
	}

	@Override
	public WasteJob printJob(String tenant, UUID id) {
		if (this.runningPolls > 0) {
			this.runningPolls--;
			return new WasteJob(id, JobState.RUNNING, 1, 2L, null, null, 0, List.of(), Instant.now(), null);
		}
		if (this.jobFailure != null) {
			return new WasteJob(id, JobState.FAILED, 0, 2L, null, this.jobFailure, 0, List.of(), Instant.now(),
					Instant.now());
		}
		return new WasteJob(id, JobState.DONE, 2, 2L, UUID.randomUUID(), null, 0, List.of(), Instant.now(),
				Instant.now());
	}

	@Override
	public InputStreamResource printedRun(String tenant, UUID id) {
		this.calls.add("run pdf");
		return new InputStreamResource(new ByteArrayInputStream(RUN_PDF));
	}

	@Override
	public byte[] ledger(String tenant, UUID id) {
		this.calls.add("ledger");
		return LEDGER;
	}

}
