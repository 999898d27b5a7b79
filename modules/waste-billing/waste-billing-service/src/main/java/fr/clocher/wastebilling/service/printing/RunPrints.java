package fr.clocher.wastebilling.service.printing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.MemberCommune;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.service.jobs.FileJobs;
import fr.clocher.wastebilling.service.jobs.JobFiles;
import fr.clocher.wastebilling.service.jobs.JobProgress;
import fr.clocher.wastebilling.service.jobs.Jobs;
import fr.clocher.wastebilling.service.payers.MemberCommunes;
import fr.clocher.wastebilling.service.printing.Letterhead.Issuer;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole issued run as one PDF for the printer, made as a background job: its invoices
 * read by number a batch at a time (each batch in a read-only transaction of its own),
 * rendered, and appended to the file at once ({@link StreamedPdf}); the progress is the
 * invoices printed of the run's. Rendering is most of the work and each batch's is its
 * own, so the next batches are rendered on the render threads while one is appended, in
 * order: at most {@code ahead} batches are in memory. The file is written beside its
 * final name and moved there when complete: a file that exists is whole.
 */
class RunPrints implements AutoCloseable {

	/** The jobs' kind. */
	static final String KIND = "RUN_PRINT";

	/** The file's name in its job's folder. */
	private static final String FILE_NAME = "factures.pdf";

	private final FileJobs jobs;

	private final PrintStore store;

	private final InvoiceDocuments documents;

	private final Letterhead letterhead;

	private final MemberCommunes communes;

	private final TransactionTemplate readOnly;

	private final int batch;

	private final ExecutorService renderers;

	private final int ahead;

	RunPrints(Jobs jobs, PrintStore store, InvoiceDocuments documents, Letterhead letterhead, MemberCommunes communes,
			TransactionTemplate readOnly, JobFiles files, int batch, ExecutorService renderers, int ahead) {
		this.jobs = new FileJobs(jobs, files, KIND);
		this.store = store;
		this.documents = documents;
		this.letterhead = letterhead;
		this.communes = communes;
		this.readOnly = readOnly;
		this.batch = batch;
		this.renderers = renderers;
		this.ahead = ahead;
	}

	/** Stops the render threads when the application stops. */
	@Override
	public void close() {
		this.renderers.shutdownNow();
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
		return this.jobs.start(total, FILE_NAME, (file, progress) -> print(run, file, progress));
	}

	/** A print job of the current tenant. */
	WasteJob job(UUID id, Locale locale) {
		return this.jobs.job(id, locale);
	}

	/**
	 * The file of a print job that is done: {@code print-not-ready} (409) before,
	 * {@code print-gone} (410) once cleared away.
	 */
	Path file(UUID id) {
		return this.jobs.file(id, "print-not-ready",
				LocalizedText.of("L'impression de la tournée n'est pas terminée.", "The run's print is not done."),
				"print-gone", LocalizedText.of("Ce PDF n'est plus disponible : relancez l'impression.",
						"This PDF is no longer kept: print the run again."));
	}

	/** Prints the run's issued invoices into the file, telling its progress. */
	void print(UUID run, Path file, JobProgress progress) {
		Path partial = JobFiles.partial(file);
		Path scratch = partial.resolveSibling(partial.getFileName() + ".offsets");
		try {
			Context context = this.readOnly.execute((status) -> new Context(this.letterhead.current(),
					this.communes.byId(), this.store.page(run, null, this.batch, true)));
			String title = "Factures de la période du " + InvoiceDocuments.day(context.first().get(0).periodStart())
					+ " au " + InvoiceDocuments.day(context.first().get(0).periodEnd()) + " – "
					+ context.issuer().name();
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
					StreamedPdf pdf = new StreamedPdf(out, scratch)) {
				Deque<Rendering> rendering = new ArrayDeque<>();
				try {
					List<PrintedInvoice> page = context.first();
					long done = 0;
					while (!page.isEmpty() || !rendering.isEmpty()) {
						while (!page.isEmpty() && rendering.size() < this.ahead) {
							List<PrintedInvoice> chunk = page;
							rendering.add(new Rendering(chunk.size(),
									this.renderers.submit(() -> this.documents.render(title, chunk, context.issuer(),
											(invoice) -> InvoicePdfs.communeName(context.communes(), invoice)))));
							String after = chunk.get(chunk.size() - 1).number();
							page = this.readOnly.execute((status) -> this.store.page(run, after, this.batch, true));
						}
						Rendering next = rendering.poll();
						try (PDDocument chunk = next.pdf()) {
							pdf.append(chunk);
						}
						done += next.invoices();
						progress.advance(done, null);
					}
					pdf.finish();
				}
				finally {
					rendering.forEach(Rendering::discard);
				}
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

	/** A chunk being rendered on one of the render threads. */
	private record Rendering(int invoices, Future<PDDocument> rendered) {

		PDDocument pdf() throws IOException {
			try {
				return this.rendered.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while rendering invoices", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IOException(ex.getCause());
			}
		}

		/** Stops a chunk not appended (the print failed) and closes it if made. */
		void discard() {
			if (!this.rendered.cancel(true) && this.rendered.state() == Future.State.SUCCESS) {
				try {
					this.rendered.resultNow().close();
				}
				catch (IOException ex) {
					// Only memory: collected with it.
				}
			}
		}

	}

}
