package fr.clocher.wastebilling.ui.simulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import fr.clocher.wastebilling.api.HouseholdTypeChange;
import fr.clocher.wastebilling.api.SimulatedChange;
import fr.clocher.wastebilling.api.TariffSimulation;
import fr.clocher.wastebilling.ui.support.Money;
import fr.clocher.wastebilling.ui.support.SpreadsheetCsv;
import org.apache.commons.csv.CSVPrinter;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A simulation's figures as a CSV file a spreadsheet opens (UTF-8 with its mark,
 * {@code ;} between columns, amounts in euros with the secretary's decimal mark, without
 * the sign so that they stay numbers): the revenue, the spread, the change per household
 * type, the largest changes.
 */
class SimulationCsv implements DownloadHandler {

	private final TariffSimulation simulation;

	private final Locale locale;

	SimulationCsv(TariffSimulation simulation, Locale locale) {
		this.simulation = simulation;
		this.locale = locale;
	}

	String fileName() {
		return "simulation-" + this.simulation.periodStart() + "-" + this.simulation.periodEnd() + ".csv";
	}

	@Override
	public void handleDownloadRequest(DownloadEvent event) throws IOException {
		event.setFileName(fileName());
		event.setContentType("text/csv;charset=UTF-8");
		write(event.getOutputStream());
	}

	void write(OutputStream out) throws IOException {
		TariffSimulation s = this.simulation;
		CSVPrinter csv = SpreadsheetCsv.open(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		line(csv, t("waste-billing.simulator.period"), s.periodStart().toString(), s.periodEnd().toString());
		line(csv, t("waste-billing.simulator.compared-year"), Integer.toString(s.currentYear()));
		line(csv, t("waste-billing.simulator.payers"), Long.toString(s.payers()));
		line(csv, "", t("waste-billing.simulator.current"), t("waste-billing.simulator.draft"));
		line(csv, t("waste-billing.simulator.revenue"), euros(s.currentTotalCents()), euros(s.draftTotalCents()));
		if (s.budgetTargetCents() != null) {
			line(csv, t("waste-billing.simulator.target-short"), "", euros(s.budgetTargetCents()));
			line(csv, t("waste-billing.simulator.gap"), "", euros(s.gapToTargetCents()));
		}
		line(csv, t("waste-billing.simulator.median"), euros(s.current().medianCents()),
				euros(s.draft().medianCents()));
		for (int k = 0; k < s.draft().decileCents().size(); k++) {
			line(csv, "D" + (k + 1), euros(s.current().decileCents().get(k)), euros(s.draft().decileCents().get(k)));
		}
		line(csv);
		line(csv, t("waste-billing.simulator.type"), t("waste-billing.simulator.payers"),
				t("waste-billing.simulator.current"), t("waste-billing.simulator.draft"),
				t("waste-billing.simulator.change"), t("waste-billing.simulator.average-change"));
		for (HouseholdTypeChange type : s.byHouseholdType()) {
			line(csv, SimulationLabels.type(type.type(), this.locale), Long.toString(type.payers()),
					euros(type.currentCents()), euros(type.draftCents()), euros(type.changeCents()),
					euros(type.averageChangeCents()));
		}
		line(csv);
		line(csv, t("waste-billing.simulator.reference"), t("waste-billing.simulator.type"),
				t("waste-billing.simulator.current"), t("waste-billing.simulator.draft"),
				t("waste-billing.simulator.change"));
		for (SimulatedChange change : s.highestChanges()) {
			line(csv, change.payerReference(), SimulationLabels.type(change.type(), this.locale),
					euros(change.currentCents()), euros(change.draftCents()), euros(change.changeCents()));
		}
		csv.flush();
	}

	private String t(String key) {
		return translate(this.locale, key);
	}

	private String euros(Long cents) {
		return Money.plain(cents, this.locale);
	}

	private static void line(CSVPrinter csv, Object... cells) throws IOException {
		csv.printRecord(cells);
	}

}
