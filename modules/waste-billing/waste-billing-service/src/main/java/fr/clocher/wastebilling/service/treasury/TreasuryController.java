package fr.clocher.wastebilling.service.treasury;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.wastebilling.api.TreasuryApi;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.WasteBilling;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The treasury settings and the PES file over HTTP. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class TreasuryController implements TreasuryApi {

	private final TreasurySettingsService settings;

	private final PesExport export;

	TreasuryController(TreasurySettingsService settings, PesExport export) {
		this.settings = settings;
		this.export = export;
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
	public ResponseEntity<InputStreamResource> pesFile(String tenant, UUID id, Integer roll) {
		PesFile file = this.export.export(id, roll);
		try {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_XML)
				.contentLength(file.size())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.name()).build().toString())
				.body(new InputStreamResource(new DeletedOnClose(file.path())));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
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
