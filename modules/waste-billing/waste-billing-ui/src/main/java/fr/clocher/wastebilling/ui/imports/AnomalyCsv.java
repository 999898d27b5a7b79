package fr.clocher.wastebilling.ui.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.wastebilling.api.LiftAnomaly;
import fr.clocher.wastebilling.api.LiftImportsApi;
import fr.clocher.wastebilling.ui.support.Labels;
import fr.clocher.wastebilling.ui.support.SpreadsheetCsv;
import org.apache.commons.csv.CSVPrinter;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * An import's anomalies as a CSV file a spreadsheet opens (UTF-8 with its mark, {@code ;}
 * between the columns), written page by page as the API gives them: a report of any
 * length is never held whole.
 */
class AnomalyCsv implements DownloadHandler {

	static final int PAGE = 1000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final LiftImportsApi importsApi;

	private final String tenant;

	private final UUID importId;

	private final Locale locale;

	AnomalyCsv(LiftImportsApi importsApi, String tenant, UUID importId, Locale locale) {
		this.importsApi = importsApi;
		this.tenant = tenant;
		this.importId = importId;
		this.locale = locale;
	}

	String fileName() {
		return "anomalies-" + this.importId + ".csv";
	}

	@Override
	public void handleDownloadRequest(DownloadEvent event) throws IOException {
		event.setFileName(fileName());
		event.setContentType("text/csv;charset=UTF-8");
		write(event.getOutputStream());
	}

	void write(OutputStream out) throws IOException {
		CSVPrinter csv = SpreadsheetCsv.open(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		csv.printRecord(translate(this.locale, "waste-billing.imports.line"),
				translate(this.locale, "waste-billing.bins.tag"),
				translate(this.locale, "waste-billing.imports.lifted-at"),
				translate(this.locale, "waste-billing.imports.weight"),
				translate(this.locale, "waste-billing.imports.anomaly"));
		for (int page = 0;; page++) {
			PageOf<LiftAnomaly> found = this.importsApi.anomalies(this.tenant, this.importId, page, PAGE);
			for (LiftAnomaly anomaly : found.items()) {
				print(csv, anomaly);
			}
			if (found.items().size() < PAGE || page + 1 >= found.totalPages()) {
				break;
			}
		}
		csv.flush();
	}

	private void print(CSVPrinter csv, LiftAnomaly anomaly) throws IOException {
		String weight = (anomaly.weightGrams() != null) ? BigDecimal.valueOf(anomaly.weightGrams(), 3).toPlainString()
				: "";
		if (!"en".equals(this.locale.getLanguage())) {
			weight = weight.replace('.', ',');
		}
		csv.printRecord(anomaly.line(), anomaly.tag(),
				(anomaly.liftedAt() != null) ? TIME.format(anomaly.liftedAt().atZone(Paris.ZONE)) : "", weight,
				Labels.of(anomaly.kind(), this.locale));
	}

}
