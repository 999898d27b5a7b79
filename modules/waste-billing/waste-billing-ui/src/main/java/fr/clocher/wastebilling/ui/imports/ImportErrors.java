package fr.clocher.wastebilling.ui.imports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import fr.clocher.kernel.ui.ApiError;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Why a file was refused, as the API said it: each bad line with its field
 * ({@code ligne 12, poids}) and the reason, downloadable as CSV. Nothing of the file was
 * imported.
 */
class ImportErrors extends VerticalLayout {

	final Paragraph detail = new Paragraph();

	final Grid<Map.Entry<String, String>> errors = new Grid<>();

	final Anchor download = new Anchor();

	/** The API's map has no order: the lines are put back in the file's. */
	private static final Comparator<Map.Entry<String, String>> BY_LINE = Comparator
		.comparingLong((Map.Entry<String, String> error) -> line(error.getKey()))
		.thenComparing(Map.Entry::getKey);

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private List<Map.Entry<String, String>> shown = List.of();

	ImportErrors() {
		setPadding(false);
		setId("import-errors");
		this.detail.setId("import-refusal");
		this.download.setId("download-errors");
		this.download.setText(translate("waste-billing.imports.download-errors"));
		this.download.setHref((DownloadHandler) (event) -> {
			event.setFileName("erreurs.csv");
			event.setContentType("text/csv;charset=UTF-8");
			write(new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
		});
		this.errors.addColumn(Map.Entry::getKey).setHeader(translate("waste-billing.imports.where"));
		this.errors.addColumn(Map.Entry::getValue).setHeader(translate("waste-billing.imports.why")).setFlexGrow(3);
		this.errors.setAllRowsVisible(true);
		add(new H3(translate("waste-billing.imports.refused")), this.detail, this.errors, this.download);
		setVisible(false);
	}

	void show(ApiError error) {
		this.detail.setText(error.message());
		this.shown = error.fields().entrySet().stream().sorted(BY_LINE).toList();
		this.errors.setItems(this.shown);
		this.errors.setVisible(!this.shown.isEmpty());
		this.download.setVisible(!this.shown.isEmpty());
		setVisible(true);
	}

	private static long line(String where) {
		Matcher number = NUMBER.matcher(where);
		return number.find() ? Long.parseLong(number.group()) : Long.MAX_VALUE;
	}

	void write(Writer writer) throws IOException {
		writer.write('\ufeff');
		for (Map.Entry<String, String> error : this.shown) {
			writer.write(AnomalyCsv.quoted(error.getKey()) + ";" + AnomalyCsv.quoted(error.getValue()) + "\r\n");
		}
		writer.flush();
	}

}
