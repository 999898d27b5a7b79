package fr.clocher.wastebilling.service.lifts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.LiftAnomaly;
import fr.clocher.wastebilling.api.LiftImport;
import fr.clocher.wastebilling.api.LiftImportsApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.service.support.Paging;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The lift files over HTTP: the body is read as a stream, never held whole. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class LiftImportsController implements LiftImportsApi {

	private final LiftImporter importer;

	private final LiftImportStore store;

	LiftImportsController(LiftImporter importer, LiftImportStore store) {
		this.importer = importer;
		this.store = store;
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
	@Transactional(readOnly = true)
	public List<LiftImport> imports(String tenant) {
		return this.store.all();
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
