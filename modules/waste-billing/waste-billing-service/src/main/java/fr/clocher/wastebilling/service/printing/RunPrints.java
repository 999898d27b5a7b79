package fr.clocher.wastebilling.service.printing;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.MemberCommune;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.service.jobs.JobProgress;
import fr.clocher.wastebilling.service.jobs.Jobs;
import fr.clocher.wastebilling.service.payers.MemberCommunes;
import fr.clocher.wastebilling.service.printing.Letterhead.Issuer;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole issued run as one PDF for the printer, made as a background job: its invoices
 * read by number a batch at a time (each batch in a read-only transaction of its own),
 * rendered, and appended to the file at once ({@link StreamedPdf}); the progress is the
 * invoices printed of the run's. The file is written beside its final name and moved
 * there when complete: a file that exists is whole.
 */
class RunPrints {

	/** The jobs' kind. */
	static final String KIND = "RUN_PRINT";

	private final Jobs jobs;

	private final PrintStore store;

	private final InvoiceDocuments documents;

	private final Letterhead letterhead;

	private final MemberCommunes communes;

	private final TransactionTemplate readOnly;

	private final PrintFiles files;

	private final int batch;

	RunPrints(Jobs jobs, PrintStore store, InvoiceDocuments documents, Letterhead letterhead, MemberCommunes communes,
			TransactionTemplate readOnly, PrintFiles files, int batch) {
		this.jobs = jobs;
		this.store = store;
		this.documents = documents;
		this.letterhead = letterhead;
		this.communes = communes;
		this.readOnly = readOnly;
		this.files = files;
		this.batch = batch;
	}

	/** Starts printing an issued run (checked at once); the job. */
	WasteJob start(UUID run) {
		long total = this.readOnly.execute((status) -> {
			this.store.requireIssued(run);
			return this.store.countIssued(run);
		});
		if (total == 0) {
			throw ApiProblem.conflict("nothing-to-print", "id", LocalizedText
				.of("Cette facturation n'a aucune facture à imprimer.", "This run has no invoice to print."));
		}
		UUID tenant = TenantContext.require();
		this.files.clearOld(tenant);
		UUID print = UUID.randomUUID();
		Path file = this.files.file(tenant, print);
		return this.jobs.start(KIND, total, (progress) -> {
			print(run, file, progress);
			return print;
		}, () -> {
		});
	}

	/** A print job of the current tenant. */
	WasteJob job(UUID id, Locale locale) {
		return this.jobs.find(KIND, id, locale);
	}

	/**
	 * The file of a print job that is done: {@code print-not-ready} (409) before,
	 * {@code print-gone} (410) once cleared away.
	 */
	Path file(UUID id) {
		WasteJob job = this.jobs.find(KIND, id, Locale.FRENCH);
		if (job.state() != JobState.DONE) {
			throw ApiProblem.conflict("print-not-ready", "id",
					LocalizedText.of("L'impression de la tournée n'est pas terminée.", "The run's print is not done."));
		}
		Path file = this.files.file(TenantContext.require(), job.resultId());
		if (!Files.exists(file)) {
			throw new ApiProblem(HttpStatus.GONE, "print-gone",
					LocalizedText.of("Ce PDF n'est plus disponible : relancez l'impression.",
							"This PDF is no longer kept: print the run again."),
					List.of());
		}
		return file;
	}

	/** Prints the run's issued invoices into the file, telling its progress. */
	void print(UUID run, Path file, JobProgress progress) {
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		Path scratch = file.resolveSibling(file.getFileName() + ".offsets");
		try {
			Context context = this.readOnly.execute((status) -> new Context(this.letterhead.current(),
					this.communes.byId(), this.store.page(run, null, this.batch, true)));
			String title = "Factures de la période du " + InvoiceDocuments.day(context.first().get(0).periodStart())
					+ " au " + InvoiceDocuments.day(context.first().get(0).periodEnd()) + " – "
					+ context.issuer().name();
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
					StreamedPdf pdf = new StreamedPdf(out, scratch)) {
				List<PrintedInvoice> page = context.first();
				long done = 0;
				while (!page.isEmpty()) {
					ByteArrayOutputStream chunk = new ByteArrayOutputStream();
					this.documents.write(title, page, context.issuer(),
							(invoice) -> InvoicePdfs.communeName(context.communes(), invoice), chunk);
					pdf.append(chunk.toByteArray());
					done += page.size();
					progress.advance(done, null);
					String after = page.get(page.size() - 1).number();
					page = this.readOnly.execute((status) -> this.store.page(run, after, this.batch, true));
				}
				pdf.finish();
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ex) {
				// Cleared with the tenant's old prints.
			}
		}
	}

	private record Context(Issuer issuer, Map<UUID, MemberCommune> communes, List<PrintedInvoice> first) {

	}

}
