package fr.clocher.wastebilling.ui.treasury;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.server.streams.DownloadResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.clocher.kernel.ui.ApiError;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.ui.InMemoryTreasuryApi;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;
import fr.clocher.wastebilling.ui.runs.RunWizardView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Fichier PES (ORMC)" download in the run wizard: only for an issued run, only once
 * the treasury identifiers are complete, with the roll number asked for and the file's
 * name and content passed on; a refusal passed on as such.
 */
class PesDownloadTests extends WasteBillingViewTest {

	static final TreasurySettings COMPLETE = new TreasurySettings("031042", null, "24310063300011", "031", "00", null,
			"REOM", "70612", null, "12");

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
		assertThat(pes.file.isEnabled()).isFalse();
	}

	@Test
	void anIssuedRunsFileIsPassedOnWithItsNameAndRoll() throws IOException {
		this.treasury.settings = COMPLETE;
		BillingRun run = this.runs.add(2026, 2, RunStatus.ISSUED, 3, 12_000);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		PesDownload pes = pes(view);
		assertThat(pes.file.getText()).isEqualTo("Fichier PES (ORMC)");
		assertThat(pes.file.isEnabled()).isTrue();
		assertThat(pes.missing.isVisible()).isFalse();
		assertThat(pes.roll.getValue()).as("the second half's roll by default").isEqualTo(2);

		test(pes.roll).setValue(5);
		DownloadResponse response = pes.fetch((error) -> {
			throw new AssertionError(error.message());
		});

		assertThat(this.treasury.downloads).containsExactly(5);
		assertThat(response.getFileName()).isEqualTo("PES_ORMC_24310063300011_2026-S1.xml");
		assertThat(response.getContentType()).isEqualTo("application/xml");
		assertThat(new String(response.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
			.isEqualTo(InMemoryTreasuryApi.FILE);
	}

	@Test
	void aRefusalIsShownAndAnsweredAsSuch() throws IOException {
		this.treasury.settings = COMPLETE;
		BillingRun run = this.runs.add(2026, 1, RunStatus.ISSUED, 3, 12_000);
		RunWizardView view = navigate(RunWizardView.class, Map.of("id", run.id().toString()));
		this.treasury.failure = refusal(HttpStatus.CONFLICT,
				"L'adresse de ces redevables n'a pas de voie ou de code postal à 5 chiffres.", "payers[RI-1].address",
				"Adresse sans voie ou sans code postal.");
		List<ApiError> shown = new ArrayList<>();

		DownloadResponse response = pes(view).fetch(shown::add);

		assertThat(response.hasError()).isTrue();
		assertThat(response.getError()).isEqualTo(409);
		assertThat(shown).singleElement()
			.extracting(ApiError::message)
			.asString()
			.startsWith("L'adresse de ces redevables");
	}

	private static PesDownload pes(RunWizardView view) {
		return view.getChildren()
			.filter(PesDownload.class::isInstance)
			.map(PesDownload.class::cast)
			.findFirst()
			.orElseThrow();
	}

}
