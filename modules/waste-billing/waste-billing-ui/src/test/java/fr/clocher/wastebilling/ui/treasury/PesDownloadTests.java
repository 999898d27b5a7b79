package fr.clocher.wastebilling.ui.treasury;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.clocher.kernel.ui.ApiError;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.TreasurySettings.Bills;
import fr.clocher.wastebilling.ui.InMemoryTreasuryApi;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;
import fr.clocher.wastebilling.ui.runs.RunWizardView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Fichier PES (ORMC)" in the run wizard: only for an issued run, only once the
 * treasury identifiers are complete; made by a job with the roll number asked for, its
 * progress shown, then the file's name and content passed on; a refusal or a failed job
 * shown, nothing offered.
 */
class PesDownloadTests extends WasteBillingViewTest {

	static final Bills BILLS = new Bills("CC du Lauragais", "2 avenue de la Gare", "31450", "Ayguesvives", "123456",
			"Martin", "Hélène", "La Présidente", "12 rue des Écoles", "31320", "Castanet-Tolosan", null, "35908",
			"Rennes Cedex 9");

	static final TreasurySettings COMPLETE = new TreasurySettings("031042", "SGC Castanet", "24310063300011", "031",
			"00", null, "REOM", "70612", null, "12", BILLS);

	@Autowired
	InMemoryTreasuryApi treasury;

	@BeforeEach
	void noSettingsYet() {
		this.treasury.reset();
	}

	@Test
	void aRunNotIssuedOffersNoFile() {
		this.treasury.settings = COMPLETE;
		BillingRun run = this.runs.add(2026, 1, RunStatus.VALIDATED, 3, 12_000);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		assertThat(pes(view).isVisible()).isFalse();
	}

	@Test
	void anIssuedRunWithoutSettingsSaysWhereToEnterThem() {
		BillingRun run = this.runs.add(2026, 1, RunStatus.ISSUED, 3, 12_000);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		PesDownload pes = pes(view);
		assertThat(pes.isVisible()).isTrue();
		assertThat(pes.missing.isVisible()).isTrue();
		assertThat(pes.missing.getText()).startsWith("Renseignez d'abord les identifiants du Trésor public");
		assertThat(pes.prepare.isEnabled()).isFalse();
	}

	@Test
	void anIssuedRunsFileIsMadeInTheBackgroundWithItsProgressThenPassedOnWithItsNameAndRoll() throws IOException {
		this.treasury.settings = COMPLETE;
		BillingRun run = this.runs.add(2026, 2, RunStatus.ISSUED, 3, 12_000);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		PesDownload pes = pes(view);
		assertThat(pes.prepare.getText()).isEqualTo("Produire le fichier PES (ORMC)");
		assertThat(pes.prepare.isEnabled()).isTrue();
		assertThat(pes.file.isVisible()).as("nothing to download before the file is made").isFalse();
		assertThat(pes.missing.isVisible()).isFalse();
		assertThat(pes.roll.getValue()).as("the second half's roll by default").isEqualTo(2);

		test(pes.roll).setValue(5);
		this.treasury.runningPolls = 1;
		test(pes.prepare).click();
		assertThat(this.treasury.downloads).containsExactly(5);
		assertThat(pes.prepare.isEnabled()).isFalse();
		assertThat(pes.progress.isVisible()).isTrue();
		assertThat(pes.progressText.getText()).isEqualTo("Production du fichier PES en cours…");
		assertThat(UI.getCurrent().getPollInterval()).isPositive();

		poll();
		assertThat(pes.progress.getValue()).isEqualTo(0.5);
		assertThat(pes.progressText.getText()).startsWith("Fichier PES : 3 étape(s) sur 6");
		assertThat(pes.file.isVisible()).isFalse();

		poll();
		assertThat(pes.progress.isVisible()).isFalse();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
		assertThat(pes.file.isVisible()).isTrue();
		assertThat(pes.file.getText()).isEqualTo("Télécharger le fichier PES (ORMC)");
		assertThat(pes.prepare.isEnabled()).isTrue();
		DownloadResponse response = pes.fetch((error) -> {
			throw new AssertionError(error.message());
		});
		assertThat(this.treasury.files).hasSize(1);
		assertThat(response.getFileName()).isEqualTo("PES_ORMC_24310063300011_2026-S1.xml");
		assertThat(response.getContentType()).isEqualTo("application/xml");
		assertThat(new String(response.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
			.isEqualTo(InMemoryTreasuryApi.FILE);
	}

	@Test
	void aFileThatFailsSaysWhyAndOffersNothing() {
		this.treasury.settings = COMPLETE;
		BillingRun run = this.runs.add(2026, 1, RunStatus.ISSUED, 3, 12_000);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		PesDownload pes = pes(view);
		this.treasury.jobFailure = "Le fichier PES produit n'est pas conforme au schéma de la DGFiP (ligne 3).";

		test(pes.prepare).click();
		poll();

		assertThat(pes.file.isVisible()).isFalse();
		assertThat(pes.progress.isVisible()).isFalse();
		assertThat(pes.prepare.isEnabled()).isTrue();
	}

	@Test
	void aRefusalAtOnceIsShownAndNoJobFollowed() {
		this.treasury.settings = COMPLETE;
		BillingRun run = this.runs.add(2026, 1, RunStatus.ISSUED, 3, 12_000);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		this.treasury.failure = refusal(HttpStatus.CONFLICT,
				"L'adresse de ces redevables n'a pas de voie ou de code postal à 5 chiffres.", "payers[RI-1].address",
				"Adresse sans voie ou sans code postal.");
		PesDownload pes = pes(view);

		test(pes.prepare).click();

		assertThat(pes.progress.isVisible()).isFalse();
		assertThat(pes.file.isVisible()).isFalse();
		assertThat(pes.prepare.isEnabled()).isTrue();
	}

	@Test
	void aFileNoLongerKeptIsShownAndAnsweredAsSuch() throws IOException {
		this.treasury.settings = COMPLETE;
		BillingRun run = this.runs.add(2026, 1, RunStatus.ISSUED, 3, 12_000);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		PesDownload pes = pes(view);
		test(pes.prepare).click();
		poll();
		this.treasury.failure = refusal(HttpStatus.GONE, "Ce fichier PES n'est plus conservé : produisez-le à nouveau.",
				"id", "Produisez-le à nouveau.");
		List<ApiError> shown = new ArrayList<>();

		DownloadResponse response = pes.fetch(shown::add);

		assertThat(response.hasError()).isTrue();
		assertThat(response.getError()).isEqualTo(410);
		assertThat(shown).singleElement()
			.extracting(ApiError::message)
			.asString()
			.startsWith("Ce fichier PES n'est plus conservé");
	}

	private static void poll() {
		UI ui = UI.getCurrent();
		ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
	}

	private static PesDownload pes(RunWizardView view) {
		return view.getChildren()
			.filter(PesDownload.class::isInstance)
			.map(PesDownload.class::cast)
			.findFirst()
			.orElseThrow();
	}

}
