package fr.clocher.wastebilling.ui.treasury;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * An issued run's PES file (ORMC) to download, with its roll number; offered once the
 * treasury identifiers are complete, else a link to them. It says that Clocher neither
 * signs nor sends the file. The file is streamed from tenant-service to the browser,
 * never held whole.
 */
public class PesDownload extends VerticalLayout {

	final IntegerField roll = new IntegerField(translate("waste-billing.treasury.roll"));

	final Anchor file = new Anchor();

	final Paragraph missing = new Paragraph(translate("waste-billing.treasury.missing-settings"));

	private final TreasuryApi treasuryApi;

	private final ApiCall api = new ApiCall();

	private String tenant;

	private UUID run;

	public PesDownload(TreasuryApi treasuryApi) {
		this.treasuryApi = treasuryApi;
		setPadding(false);
		this.roll.setMin(1);
		this.roll.setMax(9_999_999);
		this.roll.setHelperText(translate("waste-billing.treasury.roll-helper"));
		this.file.setId("pes-file");
		this.file.setText(translate("waste-billing.treasury.download"));
		this.file.setHref(DownloadHandler.fromInputStream(this::download));
		this.file.getElement().setAttribute("download", true);
		add(new H3(translate("waste-billing.treasury.file-title")), transmissionNote(), this.missing,
				new RouterLink(translate("waste-billing.treasury.settings-link"), TreasurySettingsView.class),
				this.roll, this.file);
		setVisible(false);
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
	 * Shown for an issued run only; the download offered when the settings are complete.
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
		this.file.setEnabled(complete);
	}

	private DownloadResponse download(DownloadEvent event) throws IOException {
		return fetch((error) -> event.getUI().access(() -> ApiCall.failure(error)));
	}

	/**
	 * Asks tenant-service for the file and passes its stream on; a refusal (settings
	 * incomplete, a payer's address...) is shown on the screen and answered as such.
	 */
	DownloadResponse fetch(Consumer<ApiError> onFailure) throws IOException {
		ResponseEntity<InputStreamResource> response;
		try {
			response = this.treasuryApi.pesFile(this.tenant, this.run, this.roll.getValue());
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
