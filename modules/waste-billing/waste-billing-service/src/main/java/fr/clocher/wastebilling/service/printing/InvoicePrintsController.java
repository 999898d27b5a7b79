package fr.clocher.wastebilling.service.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.wastebilling.api.InvoicePrintsApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.api.WasteJob;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invoices, runs and ledgers as files over HTTP. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class InvoicePrintsController implements InvoicePrintsApi {

	private final InvoicePdfs pdfs;

	private final RunPrints runs;

	private final Ledger ledger;

	InvoicePrintsController(InvoicePdfs pdfs, RunPrints runs, Ledger ledger) {
		this.pdfs = pdfs;
		this.runs = runs;
		this.ledger = ledger;
	}

	@Override
	public byte[] invoicePdf(String tenant, UUID id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.pdfs.write(id, out);
		return out.toByteArray();
	}

	@Override
	@ResponseStatus(HttpStatus.ACCEPTED)
	public WasteJob startPrint(String tenant, UUID id) {
		return this.runs.start(id);
	}

	@Override
	public WasteJob printJob(String tenant, UUID id) {
		return this.runs.job(id, LocaleContextHolder.getLocale());
	}

	@Override
	public InputStreamResource printedRun(String tenant, UUID id) {
		try {
			return new InputStreamResource(Files.newInputStream(this.runs.file(id)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public byte[] ledger(String tenant, UUID id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.ledger.write(id, out);
		return out.toByteArray();
	}

}
