package fr.clocher.wastebilling.ui.imports;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import org.springframework.core.io.InputStreamResource;

import fr.clocher.wastebilling.api.LiftImportsApi;
import fr.clocher.wastebilling.api.WasteJob;

/**
 * Receives a lift file and streams it to the API as it arrives: the browser's bytes go
 * through to tenant-service, which keeps them on its disk and answers with the import's
 * background job; the file is never held in memory nor on disk here, whatever its size.
 * The screen hears of the progress and of the job through its UI, the upload running
 * outside the session's lock.
 */
class LiftUpload implements UploadHandler {

	/** What the screen is told, always under its UI's lock. */
	interface Screen {

		void progress(long read, long size);

		void importing(WasteJob job);

		void refused(RuntimeException failure);

	}

	/** How often the progress is told: every mebibyte. */
	static final long STEP = 1 << 20;

	private final LiftImportsApi importsApi;

	private final String tenant;

	private final Screen screen;

	private volatile String encoding;

	LiftUpload(LiftImportsApi importsApi, String tenant, Screen screen) {
		this.importsApi = importsApi;
		this.tenant = tenant;
		this.screen = screen;
	}

	/** The file's encoding, null for UTF-8; chosen before the upload starts. */
	void encoding(String encoding) {
		this.encoding = encoding;
	}

	@Override
	public void handleUploadRequest(UploadEvent event) throws IOException {
		receive(event.getUI(), event.getFileName(), event.getFileSize(), event.getInputStream());
	}

	/**
	 * Sends the file to the API as it is read.
	 * @param ui the screen's UI
	 * @param fileName the file's name
	 * @param size its size in bytes, 0 or less when unknown
	 * @param content the bytes as they arrive
	 */
	void receive(UI ui, String fileName, long size, InputStream content) throws IOException {
		try (InputStream counted = new ProgressInputStream(content, STEP,
				(read) -> tell(ui, () -> this.screen.progress(read, size)))) {
			WasteJob job = this.importsApi.startImport(this.tenant, fileName, this.encoding,
					new InputStreamResource(counted));
			tell(ui, () -> this.screen.importing(job));
		}
		catch (RuntimeException failure) {
			tell(ui, () -> this.screen.refused(failure));
		}
	}

	/** Tells the screen, unless the secretary has left it (the import goes on). */
	private static void tell(UI ui, Command command) {
		try {
			ui.access(command);
		}
		catch (UIDetachedException ex) {
			// nobody to tell: the report stays in the imports' history
		}
	}

}
