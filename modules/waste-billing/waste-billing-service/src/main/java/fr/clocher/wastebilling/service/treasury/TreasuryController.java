package fr.clocher.wastebilling.service.treasury;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.wastebilling.api.TreasuryApi;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.api.WasteJob;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The treasury settings and the PES file (made in the request or by a job) over HTTP. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class TreasuryController implements TreasuryApi {

	private final TreasurySettingsService settings;

	private final PesExport export;

	private final PesJobs jobs;

	TreasuryController(TreasurySettingsService settings, PesExport export, PesJobs jobs) {
		this.settings = settings;
		this.export = export;
		this.jobs = jobs;
	}

	@Override
	public TreasurySettings treasurySettings(String tenant) {
		return this.settings.get();
	}

	@Override
	public TreasurySettings saveTreasurySettings(String tenant, TreasurySettings settings) {
		return this.settings.save(settings);
	}

	@Override
	@ResponseStatus(HttpStatus.ACCEPTED)
	public WasteJob startPesExport(String tenant, UUID id, Integer roll) {
		return this.jobs.start(id, roll);
	}

	@Override
	public WasteJob pesJob(String tenant, UUID id) {
		return this.jobs.job(id, LocaleContextHolder.getLocale());
	}

	@Override
	public ResponseEntity<InputStreamResource> pesJobFile(String tenant, UUID id) {
		Path file = this.jobs.file(id);
		try {
			return xml(file.getFileName().toString(), Files.size(file), Files.newInputStream(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public ResponseEntity<InputStreamResource> pesFile(String tenant, UUID id, Integer roll) {
		PesFile file = this.export.export(id, roll);
		try {
			return xml(file.name(), file.size(), new DeletedOnClose(file.path()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResponseEntity<InputStreamResource> xml(String name, long size, InputStream body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.contentLength(size)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(new InputStreamResource(body));
	}

	/** The served file's stream: the temporary file is deleted once it is read. */
	private static final class DeletedOnClose extends FilterInputStream {

		private final Path file;

		DeletedOnClose(Path file) throws IOException {
			super(Files.newInputStream(file));
			this.file = file;
		}

		@Override
		public void close() throws IOException {
			try {
				super.close();
			}
			finally {
				Files.deleteIfExists(this.file);
			}
		}

	}

}
