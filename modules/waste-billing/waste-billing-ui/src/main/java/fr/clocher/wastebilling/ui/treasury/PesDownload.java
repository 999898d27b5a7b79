package fr.clocher.wastebilling.ui.treasury;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.api.TreasuryApi;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.ui.support.JobFollower;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * An issued run's PES file (ORMC), with its roll number; offered once the treasury
 * identifiers are complete, else a link to them. A large run's file takes longer than a
 * request may wait, so it is made in the background: the secretary asks for it, follows
 * its progress (each article written, then read back through the DGFiP's schema), then
 * downloads the validated file, kept by tenant-service and streamed to the browser. It
 * says that Clocher neither signs nor sends the file.
 */
public class PesDownload extends VerticalLayout {

	final IntegerField roll = new IntegerField(translate("waste-billing.treasury.roll"));

	final Button prepare = new Button(translate("waste-billing.treasury.prepare"), VaadinIcon.FILE_CODE.create(),
			(event) -> start());

	final ProgressBar progress = new ProgressBar();

	final Paragraph progressText = new Paragraph();

	final Anchor file = new Anchor();

	final Paragraph missing = new Paragraph(translate("waste-billing.treasury.missing-settings"));

	private final TreasuryApi treasuryApi;

	private final ApiCall api = new ApiCall();

	private final JobFollower follower;

	private String tenant;

	private UUID run;

	/** The export job whose file is offered, null before one is done. */
	private UUID done;

	public PesDownload(TreasuryApi treasuryApi) {
		this.treasuryApi = treasuryApi;
		setPadding(false);
		this.roll.setMin(1);
		this.roll.setMax(9_999_999);
		this.roll.setHelperText(translate("waste-billing.treasury.roll-helper"));
		this.prepare.setId("pes-prepare");
		this.progress.setId("pes-progress");
		this.progress.setVisible(false);
		this.progressText.setVisible(false);
		this.file.setId("pes-file");
		this.file.setText(translate("waste-billing.treasury.download"));
		this.file.setHref(DownloadHandler.fromInputStream(this::download));
		this.file.getElement().setAttribute("download", true);
		this.file.setVisible(false);
		add(new H3(translate("waste-billing.treasury.file-title")), transmissionNote(), this.missing,
				new RouterLink(translate("waste-billing.treasury.settings-link"), TreasurySettingsView.class),
				this.roll, this.prepare, this.progress, this.progressText, this.file);
		setVisible(false);
		this.follower = new JobFollower(this, this.progress, this.progressText,
				(id) -> this.treasuryApi.pesJob(this.tenant, id), "waste-billing.treasury.progress", this::offer,
				() -> this.prepare.setEnabled(true));
	}

	/**
	 * The sentence every treasury screen shows: signing and sending are not Clocher's.
	 */
	static Paragraph transmissionNote() {
		Paragraph note = new Paragraph(translate("waste-billing.treasury.transmission"));
		note.addClassName("waste-billing-transmission");
		return note;
	}

	/**
	 * Shown for an issued run only; the file can be asked for when the settings are
	 * complete.
	 */
	public void show(String tenant, BillingRun run) {
		this.tenant = tenant;
		this.run = run.id();
		boolean issued = run.status() == RunStatus.ISSUED;
		setVisible(issued);
		if (!issued) {
			return;
		}
		if (this.roll.isEmpty()) {
			this.roll.setValue(run.periodStart().getMonthValue() >= 7 ? 2 : 1);
		}
		boolean complete = this.api.run(() -> this.treasuryApi.treasurySettings(tenant))
			.map(PesDownload::complete)
			.orElse(false);
		this.missing.setVisible(!complete);
		this.prepare.setEnabled(complete);
	}

	private void start() {
		this.api.run(() -> this.treasuryApi.startPesExport(this.tenant, this.run, this.roll.getValue()))
			.ifPresent((started) -> {
				this.prepare.setEnabled(false);
				this.file.setVisible(false);
				this.follower.follow(started, translate("waste-billing.treasury.preparing"));
			});
	}

	private void offer(WasteJob job) {
		this.done = job.id();
		this.file.setVisible(true);
		ApiCall.success(translate("waste-billing.treasury.ready", job.total() / 2));
	}

	private DownloadResponse download(DownloadEvent event) throws IOException {
		return fetch((error) -> event.getUI().access(() -> ApiCall.failure(error)));
	}

	/**
	 * Asks tenant-service for the file the job made and passes its stream on; a refusal
	 * (the file no longer kept...) is shown on the screen and answered as such.
	 */
	DownloadResponse fetch(Consumer<ApiError> onFailure) throws IOException {
		ResponseEntity<InputStreamResource> response;
		try {
			response = this.treasuryApi.pesJobFile(this.tenant, this.done);
		}
		catch (RuntimeException failure) {
			ApiError error = ApiError.of(failure);
			onFailure.accept(error);
			return DownloadResponse.error((error.status() >= 400) ? error.status() : 502, error.message());
		}
		InputStream body = response.getBody().getInputStream();
		String name = ContentDisposition
			.parse(Optional.ofNullable(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
				.orElse("attachment; filename=\"PES_ORMC.xml\""))
			.getFilename();
		return new DownloadResponse(body, name, TreasuryApi.XML, response.getHeaders().getContentLength());
	}

	private static boolean complete(TreasurySettings settings) {
		return settings.postingOffice() != null && settings.siret() != null && settings.collectivityCode() != null
				&& settings.budgetCode() != null && settings.productCode() != null && settings.account() != null
				&& settings.keyNature() != null;
	}

}
