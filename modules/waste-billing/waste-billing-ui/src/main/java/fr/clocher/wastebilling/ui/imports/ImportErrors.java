package fr.clocher.wastebilling.ui.imports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.ui.support.SpreadsheetCsv;
import org.apache.commons.csv.CSVPrinter;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Why a file was refused: each bad line with its field ({@code ligne 12, poids}) and the
 * reason, in the file's order, downloadable as CSV (line, field and reason in columns of
 * their own). Nothing of the file was imported.
 */
class ImportErrors extends VerticalLayout {

	/** One refused line or field. */
	record Row(Long line, String field, String reason) {

		String where(Locale locale) {
			if (this.line == null) {
				return (this.field != null) ? this.field : "";
			}
			String at = translate(locale, "waste-billing.imports.at-line", this.line);
			return (this.field != null) ? at + ", " + this.field : at;
		}

	}

	private static final Comparator<Row> BY_LINE = Comparator
		.comparing(Row::line, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Row::field, Comparator.nullsFirst(Comparator.naturalOrder()));

	/** The API's field of a line's error: {@code ligne 12, poids}. */
	private static final Pattern LINE_FIELD = Pattern.compile("(?:ligne|line) (\\d+)(?:, (.+))?");

	final Paragraph detail = new Paragraph();

	final Grid<Row> errors = new Grid<>();

	final Anchor download = new Anchor();

	private List<Row> shown = List.of();

	ImportErrors() {
		setPadding(false);
		setId("import-errors");
		this.detail.setId("import-refusal");
		this.download.setId("download-errors");
		this.download.setText(translate("waste-billing.imports.download-errors"));
		this.download.setHref((DownloadHandler) (event) -> {
			event.setFileName("erreurs.csv");
			event.setContentType("text/csv;charset=UTF-8");
			write(new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8), WorkspaceCommune.locale());
		});
		this.errors.addColumn((row) -> row.where(WorkspaceCommune.locale()))
			.setHeader(translate("waste-billing.imports.where"));
		this.errors.addColumn(Row::reason).setHeader(translate("waste-billing.imports.why")).setFlexGrow(3);
		this.errors.setAllRowsVisible(true);
		add(new H3(translate("waste-billing.imports.refused")), this.detail, this.errors, this.download);
		setVisible(false);
	}

	/** A refusal answered at once (the file's name, its encoding). */
	void show(ApiError error) {
		show(error.message(), error.fields().entrySet().stream().map((field) -> row(field.getKey(), field.getValue())));
	}

	/** A failed import job: its lines and columns as the job keeps them. */
	void show(WasteJob job) {
		String message = job.message();
		if (job.errorCount() > job.errors().size()) {
			message += " " + translate("waste-billing.imports.first-errors", job.errors().size(), job.errorCount());
		}
		show(message, job.errors().stream().map((error) -> new Row(error.line(), error.field(), error.reason())));
	}

	private void show(String message, Stream<Row> rows) {
		this.detail.setText(message);
		this.shown = rows.sorted(BY_LINE).toList();
		this.errors.setItems(this.shown);
		this.errors.setVisible(!this.shown.isEmpty());
		this.download.setVisible(!this.shown.isEmpty());
		setVisible(true);
	}

	private static Row row(String field, String reason) {
		Matcher matcher = LINE_FIELD.matcher(field);
		return matcher.matches() ? new Row(Long.parseLong(matcher.group(1)), matcher.group(2), reason)
				: new Row(null, field, reason);
	}

	void write(Writer writer, Locale locale) throws IOException {
		CSVPrinter csv = SpreadsheetCsv.open(writer);
		csv.printRecord(translate(locale, "waste-billing.imports.line"),
				translate(locale, "waste-billing.imports.field"), translate(locale, "waste-billing.imports.why"));
		for (Row error : this.shown) {
			csv.printRecord(error.line(), error.field(), error.reason());
		}
		csv.flush();
	}

}
