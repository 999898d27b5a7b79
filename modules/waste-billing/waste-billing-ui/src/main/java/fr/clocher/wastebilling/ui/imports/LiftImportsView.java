package fr.clocher.wastebilling.ui.imports;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.wastebilling.api.LiftImport;
import fr.clocher.wastebilling.api.LiftImportsApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.ui.support.Dates;
import fr.clocher.wastebilling.ui.support.JobPolling;
import fr.clocher.wastebilling.ui.support.Paged;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Imports a collection vehicles' lift file: streamed to the API as it is uploaded with
 * its progress shown, then checked and imported by a background job whose progress (lines
 * read of the file's) the screen polls, then the report and its anomalies, or every
 * refused line and field. The earlier imports' reports stay at hand, page by page.
 */
@Route("waste-billing/imports")
@PageTitle("Levées")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class LiftImportsView extends ModuleScreen implements LiftUpload.Screen {

	static final String UTF_8 = "UTF-8";

	final Select<String> encoding = new Select<>();

	final LiftUpload handler;

	final Upload upload;

	final ProgressBar progress = new ProgressBar();

	final Span progressText = new Span();

	final ImportReport report;

	final ImportErrors errors = new ImportErrors();

	final Grid<LiftImport> history = new Grid<>();

	static final int HISTORY_PAGE = 20;

	private final LiftImportsApi importsApi;

	/** The import job being followed, null when none. */
	WasteJob job;

	public LiftImportsView(LiftImportsApi importsApi) {
		super(translate("waste-billing.imports.title"), translate("waste-billing.imports.intro"));
		this.importsApi = importsApi;
		this.handler = new LiftUpload(importsApi, tenant(), this);
		this.report = new ImportReport(importsApi, tenant());
		this.encoding.setId("import-encoding");
		this.encoding.setLabel(translate("waste-billing.imports.encoding"));
		this.encoding.setItems(UTF_8, "windows-1252", "iso-8859-1");
		this.encoding.setValue(UTF_8);
		this.encoding.setHelperText(translate("waste-billing.imports.encoding-helper"));
		this.encoding.addValueChangeListener(
				(event) -> this.handler.encoding(UTF_8.equals(event.getValue()) ? null : event.getValue()));
		this.upload = new Upload(this.handler);
		this.upload.setId("lift-upload");
		this.upload.setUploadFormat(UploadFormat.RAW);
		this.upload.setMaxFiles(1);
		this.upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
		this.upload.getElement().addEventListener("upload-start", (event) -> started());
		this.progress.setId("import-progress");
		this.progressText.setId("import-progress-text");
		this.progress.setVisible(false);
		this.progressText.setVisible(false);
		this.history.addColumn(LiftImport::fileName).setHeader(translate("waste-billing.imports.file")).setFlexGrow(2);
		this.history.addColumn((report) -> Dates.instant(report.importedAt()))
			.setHeader(translate("waste-billing.imports.when"));
		this.history.addColumn(LiftImport::imported).setHeader(translate("waste-billing.imports.new-lifts"));
		this.history.addColumn((report) -> report.anomalies().values().stream().mapToLong(Long::longValue).sum())
			.setHeader(translate("waste-billing.imports.anomalies"));
		this.history.setId("import-history");
		this.history.setPageSize(HISTORY_PAGE);
		this.history.setHeight("24rem");
		this.history.setEmptyStateText(translate("waste-billing.imports.none"));
		this.history.addItemClickListener((event) -> this.report.show(event.getItem()));
		add(this.encoding, this.upload, this.progress, this.progressText, this.errors, this.report, this.history);
		JobPolling.onPolls(this, this::followJob);
		showHistory();
	}

	/**
	 * The upload started in the browser: the progress is shown and polled until the end.
	 */
	void started() {
		this.errors.setVisible(false);
		this.report.setVisible(false);
		this.progress.setIndeterminate(true);
		this.progress.setVisible(true);
		this.progressText.setText(translate("waste-billing.imports.sending"));
		this.progressText.setVisible(true);
		getUI().ifPresent((ui) -> ui.setPollInterval(JobPolling.INTERVAL));
	}

	@Override
	public void progress(long read, long size) {
		this.progress.setVisible(true);
		this.progressText.setVisible(true);
		if (size > 0) {
			this.progress.setIndeterminate(false);
			this.progress.setValue(Math.min(1.0, (double) read / size));
			this.progressText.setText(translate("waste-billing.imports.progress", read >> 20, size >> 20));
		}
		else {
			this.progressText.setText(translate("waste-billing.imports.progress-unknown", read >> 20));
		}
	}

	@Override
	public void importing(WasteJob started) {
		this.job = started;
		showJob(started);
		getUI().ifPresent((ui) -> ui.setPollInterval(JobPolling.INTERVAL));
	}

	/** On each poll of the browser, where the import job stands. */
	void followJob() {
		if (this.job == null) {
			return;
		}
		UUID id = this.job.id();
		Optional<WasteJob> now = this.api.run(() -> this.importsApi.importJob(tenant(), id));
		if (now.isEmpty()) {
			this.job = null;
			done();
			return;
		}
		WasteJob current = now.get();
		switch (current.state()) {
			case RUNNING -> showJob(current);
			case DONE -> {
				this.job = null;
				this.api.run(() -> this.importsApi.liftImport(tenant(), current.resultId()))
					.ifPresentOrElse(this::imported, this::done);
			}
			case FAILED -> {
				this.job = null;
				done();
				ApiCall.failure(new ApiError(422, current.message(), Map.of()));
				this.errors.show(current);
			}
		}
	}

	private void showJob(WasteJob current) {
		this.progress.setVisible(true);
		this.progressText.setVisible(true);
		JobPolling.show(this.progress, this.progressText, current, "waste-billing.imports.checking",
				"waste-billing.imports.checking-unknown");
	}

	void imported(LiftImport report) {
		done();
		this.report.show(report);
		ApiCall.success(translate("waste-billing.imports.done", report.imported()));
		showHistory();
	}

	@Override
	public void refused(RuntimeException failure) {
		done();
		ApiError error = ApiCall.failure(failure);
		this.errors.show(error);
	}

	private void done() {
		this.progress.setVisible(false);
		this.progressText.setVisible(false);
		this.upload.clearFileList();
		getUI().ifPresent((ui) -> ui.setPollInterval(-1));
	}

	private void showHistory() {
		this.history.setItems(Paged.of((page, size) -> this.importsApi.imports(tenant(), page, size), HISTORY_PAGE));
	}

}
