package fr.clocher.wastebilling.ui.imports;

import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.wastebilling.api.AnomalyKind;
import fr.clocher.wastebilling.api.LiftAnomaly;
import fr.clocher.wastebilling.api.LiftImport;
import fr.clocher.wastebilling.api.LiftImportsApi;
import fr.clocher.wastebilling.ui.support.Dates;
import fr.clocher.wastebilling.ui.support.Labels;
import fr.clocher.wastebilling.ui.support.Paged;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The report of an accepted file: what was counted, what was already there, and every
 * anomaly, read page by page and downloadable as CSV.
 */
class ImportReport extends VerticalLayout {

	static final int PAGE = 100;

	final H3 title = new H3();

	final UnorderedList counts = new UnorderedList();

	final Grid<LiftAnomaly> anomalies = new Grid<>();

	final Anchor download = new Anchor();

	private final LiftImportsApi importsApi;

	private final String tenant;

	AnomalyCsv csv;

	ImportReport(LiftImportsApi importsApi, String tenant) {
		this.importsApi = importsApi;
		this.tenant = tenant;
		setPadding(false);
		setId("import-report");
		this.counts.setId("import-counts");
		this.download.setId("download-anomalies");
		this.download.setText(translate("waste-billing.imports.download"));
		this.anomalies.addColumn(LiftAnomaly::line).setHeader(translate("waste-billing.imports.line"));
		this.anomalies.addColumn(LiftAnomaly::tag).setHeader(translate("waste-billing.bins.tag"));
		this.anomalies.addColumn((anomaly) -> Dates.instant(anomaly.liftedAt()))
			.setHeader(translate("waste-billing.imports.lifted-at"));
		this.anomalies.addColumn((anomaly) -> Labels.of(anomaly.kind()))
			.setHeader(translate("waste-billing.imports.anomaly"))
			.setFlexGrow(2);
		this.anomalies.setPageSize(PAGE);
		this.anomalies.setEmptyStateText(translate("waste-billing.imports.no-anomaly"));
		add(this.title, this.counts, this.download, this.anomalies);
		setVisible(false);
	}

	void show(LiftImport report) {
		this.title
			.setText(translate("waste-billing.imports.report", report.fileName(), Dates.instant(report.importedAt())));
		this.counts.removeAll();
		this.counts.add(new ListItem(translate("waste-billing.imports.lines", report.lines())),
				new ListItem(translate("waste-billing.imports.imported", report.imported())),
				new ListItem(translate("waste-billing.imports.already", report.alreadyImported())),
				new ListItem(translate("waste-billing.imports.duplicates", report.duplicatesInFile())));
		for (AnomalyKind kind : AnomalyKind.values()) {
			long count = report.anomalies().getOrDefault(kind, 0L);
			if (count > 0) {
				this.counts.add(new ListItem(translate("waste-billing.imports.anomaly-count", Labels.of(kind), count)));
			}
		}
		this.csv = new AnomalyCsv(this.importsApi, this.tenant, report.id(), WorkspaceCommune.locale());
		this.download.setHref(this.csv);
		this.download.setVisible(total(report.anomalies()) > 0);
		this.anomalies
			.setItems(Paged.of((page, size) -> this.importsApi.anomalies(this.tenant, report.id(), page, size), PAGE));
		setVisible(true);
	}

	private static long total(Map<AnomalyKind, Long> anomalies) {
		return anomalies.values().stream().mapToLong(Long::longValue).sum();
	}

}
