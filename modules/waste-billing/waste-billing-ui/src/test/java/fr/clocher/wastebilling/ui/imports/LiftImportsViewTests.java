package fr.clocher.wastebilling.ui.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import fr.clocher.wastebilling.api.AnomalyKind;
import fr.clocher.wastebilling.api.JobError;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.LiftAnomaly;
import fr.clocher.wastebilling.api.LiftImport;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.ui.WasteBillingViewTest;

import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lift import, through the real upload: the file goes to the API as it is read with
 * its progress on screen, then the report and its anomalies (page by page, downloadable
 * as CSV); a refused file names each line and field, in the file's order.
 */
class LiftImportsViewTests extends WasteBillingViewTest {

	private static final Instant MARCH_4 = Instant.parse("2026-03-04T05:12:33Z");

	@Test
	void theFileIsStreamedToTheApiWithItsProgressShown() throws Exception {
		this.imports.report = report(Map.of(AnomalyKind.UNKNOWN_TAG, 2L));
		LiftImportsView view = navigate(LiftImportsView.class);
		view.started();
		assertThat(view.progress.isVisible()).isTrue();
		assertThat(UI.getCurrent().getPollInterval()).isPositive();

		long size = 4L * LiftUpload.STEP;
		GeneratedLiftFile file = new GeneratedLiftFile(size);
		List<String> midway = new ArrayList<>();
		this.imports.halfwayAt = size / 2;
		this.imports.halfway = () -> {
			runPendingAccess();
			midway.add(file.produced() + " of " + size);
			midway.add(view.progressText.getText());
			midway.add(String.valueOf(view.progress.getValue()));
		};
		// what the upload request hands over: the browser's bytes as they arrive (the
		// browserless upload tester reads a stream whole before, so it cannot show this)
		this.imports.runningPolls = 1;
		view.handler.receive(UI.getCurrent(), "levees-mars.csv", size, file);
		runPendingAccess();

		assertThat(view.job).as("the import goes on in the background").isNotNull();
		assertThat(view.report.isVisible()).isFalse();
		assertThat(view.progress.isVisible()).isTrue();
		view.followJob();
		assertThat(view.progress.isIndeterminate()).isFalse();
		assertThat(view.progress.getValue()).isEqualTo(0.5);
		assertThat(spaced(view.progressText.getText())).isEqualTo("600 ligne(s) vérifiée(s) sur 1 200");
		assertThat(UI.getCurrent().getPollInterval()).isPositive();
		view.followJob();

		assertThat(midway.get(0)).as("the view had not read the file before sending it")
			.isNotEqualTo(size + " of " + size);
		assertThat(this.imports.bytesRead).isEqualTo(size);
		assertThat(this.imports.fileName).isEqualTo("levees-mars.csv");
		assertThat(this.imports.encoding).isNull();
		assertThat(view.progress.isVisible()).isFalse();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
		assertThat(view.report.isVisible()).isTrue();
		assertThat(view.report.counts.getChildren().map((item) -> spaced(item.getElement().getText())).toList())
			.containsExactly("1 200 ligne(s) lue(s)", "1 150 nouvelle(s) levée(s)",
					"40 levée(s) déjà importée(s), non recomptée(s)",
					"8 doublon(s) dans le fichier, compté(s) une fois", "Badge inconnu : 2");
		assertThat(spaced(notification())).isEqualTo("1 150 nouvelle(s) levée(s) importée(s).");
		assertThat(test(view.history).size()).isEqualTo(1);
		assertThat(view.job).isNull();
		assertThat(midway.subList(1, 3)).as("progress halfway")
			.satisfiesAnyOf((texts) -> assertThat(texts.get(0)).isEqualTo("2 Mo lus sur 4 Mo"),
					(texts) -> assertThat(texts.get(0)).isEqualTo("2 Mo lus"));
	}

	@Test
	void theChosenEncodingIsSentWithTheFile() {
		this.imports.report = report(Map.of());
		LiftImportsView view = navigate(LiftImportsView.class);
		test(view.encoding).selectItem("windows-1252");
		test(view.upload).upload("latin.csv", "text/csv",
				"badge;horodatage;camion\n".getBytes(StandardCharsets.ISO_8859_1));
		runPendingAccess();
		view.followJob();

		assertThat(this.imports.encoding).isEqualTo("windows-1252");
		assertThat(view.report.download.isVisible()).isFalse();
	}

	@Test
	void aRefusedFileNamesEachLineAndFieldInTheFilesOrderAndNothingIsReported() throws Exception {
		this.imports.failedJob = new WasteJob(UUID.randomUUID(), JobState.FAILED, 120, 120L, null,
				"Le fichier est refusé : 250 erreur(s), rien n'a été importé.", 250,
				List.of(new JobError(12L, "poids", "poids négatif (-3,2 kg)."),
						new JobError(3L, "horodatage", "Date illisible : 31/02/2026."),
						new JobError(101L, "badge", "Obligatoire ; à remplir."),
						new JobError(5L, null, "5 valeurs pour 4 colonnes.")),
				MARCH_4, MARCH_4);
		LiftImportsView view = navigate(LiftImportsView.class);
		test(view.upload).upload("faux.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8));
		runPendingAccess();
		view.followJob();

		assertThat(notification()).isEqualTo("Le fichier est refusé : 250 erreur(s), rien n'a été importé.");
		assertThat(view.errors.isVisible()).isTrue();
		assertThat(view.errors.detail.getText())
			.isEqualTo("Le fichier est refusé : 250 erreur(s), rien n'a été importé. Les 4 premières sur 250 :");
		assertThat(test(view.errors.errors).size()).isEqualTo(4);
		assertThat(test(view.errors.errors).getCellText(0, 0)).isEqualTo("ligne 3, horodatage");
		assertThat(test(view.errors.errors).getCellText(0, 1)).isEqualTo("Date illisible : 31/02/2026.");
		assertThat(test(view.errors.errors).getCellText(1, 0)).isEqualTo("ligne 5");
		assertThat(test(view.errors.errors).getCellText(2, 0)).isEqualTo("ligne 12, poids");
		assertThat(test(view.errors.errors).getCellText(3, 0)).isEqualTo("ligne 101, badge");
		assertThat(view.report.isVisible()).isFalse();
		assertThat(view.progress.isVisible()).isFalse();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		test(view.errors.download).download(csv);
		assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo("\ufeffLigne;Champ;Erreur\r\n"
				+ "3;horodatage;Date illisible : 31/02/2026.\r\n" + "5;;5 valeurs pour 4 colonnes.\r\n"
				+ "12;poids;poids négatif (-3,2 kg).\r\n" + "101;badge;\"Obligatoire ; à remplir.\"\r\n");
	}

	@Test
	void aFileRefusedAtOnceNamesItsField() throws Exception {
		this.imports.failure = refusal(HttpStatus.BAD_REQUEST, "La requête est refusée.",
				Map.of("encoding", "Encodage inconnu."));
		LiftImportsView view = navigate(LiftImportsView.class);
		test(view.upload).upload("faux.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8));
		runPendingAccess();

		assertThat(notification()).isEqualTo("La requête est refusée.");
		assertThat(view.job).isNull();
		assertThat(test(view.errors.errors).getCellText(0, 0)).isEqualTo("encoding");
		assertThat(test(view.errors.errors).getCellText(0, 1)).isEqualTo("Encodage inconnu.");
	}

	@Test
	void theHistoryIsReadPageByPage() {
		for (int i = 0; i < 45; i++) {
			this.imports.imports.add(new LiftImport(UUID.randomUUID(), "f" + i + ".csv", MARCH_4, 10, 9, 1, 0,
					Map.of(AnomalyKind.UNKNOWN_TAG, 2L)));
		}
		LiftImportsView view = navigate(LiftImportsView.class);

		assertThat(test(view.history).size()).isEqualTo(45);
		assertThat(test(view.history).getCellText(44, 0)).isEqualTo("f44.csv");
		assertThat(test(view.history).getCellText(0, 3)).isEqualTo("2");
		assertThat(this.imports.historyPages.requests())
			.allMatch((request) -> request.size() <= LiftImportsView.HISTORY_PAGE);
	}

	@Test
	void theAnomaliesArePagedOnScreenAndDownloadedWholePageByPage() throws Exception {
		for (int line = 1; line <= 2_500; line++) {
			AnomalyKind kind = (line % 2 == 0) ? AnomalyKind.UNKNOWN_TAG : AnomalyKind.WEIGHT_OUTLIER;
			this.imports.anomalies
				.add(new LiftAnomaly(line, "E200-" + line, MARCH_4, (line % 2 == 0) ? null : 812_500L, kind));
		}
		this.imports.report = report(Map.of(AnomalyKind.UNKNOWN_TAG, 1_250L, AnomalyKind.WEIGHT_OUTLIER, 1_250L));
		LiftImportsView view = navigate(LiftImportsView.class);
		test(view.upload).upload("levees.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8));
		runPendingAccess();
		view.followJob();

		assertThat(test(view.report.anomalies).size()).isEqualTo(2_500);
		assertThat(test(view.report.anomalies).getCellText(0, 3)).isEqualTo("Poids anormal");
		assertThat(this.imports.pages.requests()).allMatch((request) -> request.size() <= ImportReport.PAGE);
		this.imports.pages.reset();

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		test(view.report.download).download(out);
		String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");

		assertThat(lines).hasSize(2_501);
		assertThat(lines[0]).isEqualTo("\ufeffLigne;Badge;Levée le;Poids (kg);Anomalie");
		assertThat(lines[1]).isEqualTo("1;E200-1;2026-03-04 06:12:33;812,500;Poids anormal");
		assertThat(lines[2]).isEqualTo("2;E200-2;2026-03-04 06:12:33;;Badge inconnu");
		assertThat(this.imports.pages.requests()).extracting((request) -> request.page() + "/" + request.size())
			.containsExactly("0/1000", "1/1000", "2/1000");
	}

	@Test
	void anEarlierReportIsOpenedFromTheHistory() {
		this.imports.imports.add(new LiftImport(UUID.randomUUID(), "fevrier.csv", MARCH_4, 10, 9, 1, 0,
				Map.of(AnomalyKind.BIN_NOT_ASSIGNED, 1L)));
		LiftImportsView view = navigate(LiftImportsView.class);
		test(view.history).clickRow(0);

		assertThat(view.report.isVisible()).isTrue();
		assertThat(view.report.title.getText()).isEqualTo("Rapport de l'import fevrier.csv du 04/03/2026 06:12");
		assertThat(view.report.download.isVisible()).isTrue();
	}

	/** The text with French's narrow and non-breaking spaces as plain spaces. */
	private static String spaced(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	private static LiftImport report(Map<AnomalyKind, Long> anomalies) {
		return new LiftImport(UUID.randomUUID(), null, MARCH_4, 1_200, 1_150, 40, 8, anomalies);
	}

}
