package fr.clocher.wastebilling.service.lifts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.LiftAnomaly;
import fr.clocher.wastebilling.api.LiftImport;
import fr.clocher.wastebilling.api.LiftImportsApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.service.jobs.Jobs;
import fr.clocher.wastebilling.service.support.Paging;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The lift files over HTTP: the body is read as a stream, never held whole. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class LiftImportsController implements LiftImportsApi {

	static final String JOB = "LIFT_IMPORT";

	private final LiftImporter importer;

	private final LiftImportStore store;

	private final Jobs jobs;

	LiftImportsController(LiftImporter importer, LiftImportStore store, Jobs jobs) {
		this.importer = importer;
		this.store = store;
		this.jobs = jobs;
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public LiftImport importLifts(String tenant, String fileName, String encoding, InputStreamResource content) {
		try (InputStream body = (content != null) ? content.getInputStream() : InputStream.nullInputStream()) {
			return this.importer.importFile(fileName, encoding, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	@ResponseStatus(HttpStatus.ACCEPTED)
	public WasteJob startImport(String tenant, String fileName, String encoding, InputStreamResource content) {
		LiftImporter.checked(fileName, encoding);
		LiftFileSpool spool;
		try (InputStream body = (content != null) ? content.getInputStream() : InputStream.nullInputStream()) {
			spool = LiftFileSpool.receive(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.jobs.start(JOB, spool.dataLines(), (progress) -> {
			try (InputStream file = spool.open()) {
				return this.importer.importFile(fileName, encoding, file, progress).id();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, spool::delete);
	}

	@Override
	public WasteJob importJob(String tenant, UUID id) {
		return this.jobs.find(JOB, id, LocaleContextHolder.getLocale());
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<LiftImport> imports(String tenant, int page, int size) {
		Paging paging = Paging.of(page, size, 200);
		return PageOf.of(this.store.page(paging), paging.page(), paging.size(), this.store.count());
	}

	@Override
	@Transactional(readOnly = true)
	public LiftImport liftImport(String tenant, UUID id) {
		return this.store.find(id).orElseThrow(() -> notFound(id));
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<LiftAnomaly> anomalies(String tenant, UUID id, int page, int size) {
		Paging paging = Paging.of(page, size, 1000);
		LiftImport report = this.store.find(id).orElseThrow(() -> notFound(id));
		long total = report.anomalies().values().stream().mapToLong(Long::longValue).sum();
		return PageOf.of(this.store.anomalies(id, paging), paging.page(), paging.size(), total);
	}

	private static ApiProblem notFound(UUID id) {
		return ApiProblem.notFound("import-not-found", "id",
				LocalizedText.of("Aucun import n'a l'identifiant %s.", "No import has the id %s.").formatted(id));
	}

}
