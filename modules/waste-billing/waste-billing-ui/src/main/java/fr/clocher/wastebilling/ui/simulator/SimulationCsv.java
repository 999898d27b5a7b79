package fr.clocher.wastebilling.ui.simulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import fr.clocher.wastebilling.api.HouseholdTypeChange;
import fr.clocher.wastebilling.api.SimulatedChange;
import fr.clocher.wastebilling.api.TariffSimulation;
import fr.clocher.wastebilling.ui.support.Money;

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
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\ufeff');
		line(writer, t("waste-billing.simulator.period"), s.periodStart().toString(), s.periodEnd().toString());
		line(writer, t("waste-billing.simulator.compared-year"), Integer.toString(s.currentYear()));
		line(writer, t("waste-billing.simulator.payers"), Long.toString(s.payers()));
		line(writer, "", t("waste-billing.simulator.current"), t("waste-billing.simulator.draft"));
		line(writer, t("waste-billing.simulator.revenue"), euros(s.currentTotalCents()), euros(s.draftTotalCents()));
		if (s.budgetTargetCents() != null) {
			line(writer, t("waste-billing.simulator.target-short"), "", euros(s.budgetTargetCents()));
			line(writer, t("waste-billing.simulator.gap"), "", euros(s.gapToTargetCents()));
		}
		line(writer, t("waste-billing.simulator.median"), euros(s.current().medianCents()),
				euros(s.draft().medianCents()));
		for (int k = 0; k < s.draft().decileCents().size(); k++) {
			line(writer, "D" + (k + 1), euros(s.current().decileCents().get(k)), euros(s.draft().decileCents().get(k)));
		}
		line(writer);
		line(writer, t("waste-billing.simulator.type"), t("waste-billing.simulator.payers"),
				t("waste-billing.simulator.current"), t("waste-billing.simulator.draft"),
				t("waste-billing.simulator.change"), t("waste-billing.simulator.average-change"));
		for (HouseholdTypeChange type : s.byHouseholdType()) {
			line(writer, SimulationLabels.type(type.type(), this.locale), Long.toString(type.payers()),
					euros(type.currentCents()), euros(type.draftCents()), euros(type.changeCents()),
					euros(type.averageChangeCents()));
		}
		line(writer);
		line(writer, t("waste-billing.simulator.reference"), t("waste-billing.simulator.type"),
				t("waste-billing.simulator.current"), t("waste-billing.simulator.draft"),
				t("waste-billing.simulator.change"));
		for (SimulatedChange change : s.highestChanges()) {
			line(writer, change.payerReference(), SimulationLabels.type(change.type(), this.locale),
					euros(change.currentCents()), euros(change.draftCents()), euros(change.changeCents()));
		}
		writer.flush();
	}

	private String t(String key) {
		return translate(this.locale, key);
	}

	private String euros(Long cents) {
		return Money.plain(cents, this.locale);
	}

	private static void line(Writer writer, String... cells) throws IOException {
		List<String> quoted = new ArrayList<>();
		for (String cell : cells) {
			boolean special = cell.contains(";") || cell.contains("\"") || cell.contains("\n");
			quoted.add(special ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
		}
		writer.write(String.join(";", quoted));
		writer.write("\r\n");
	}

}
