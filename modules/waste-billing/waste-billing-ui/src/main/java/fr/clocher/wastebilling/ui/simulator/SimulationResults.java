package fr.clocher.wastebilling.ui.simulator;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.wastebilling.api.HouseholdTypeChange;
import fr.clocher.wastebilling.api.SimulatedChange;
import fr.clocher.wastebilling.api.TariffSimulation;
import fr.clocher.wastebilling.ui.support.Money;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A simulation's figures: the revenue against the target, the spread of the bills, the
 * change per household type (a table, and the same figures as a chart), the largest
 * changes, and the CSV file of them all.
 */
class SimulationResults extends VerticalLayout {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	final Paragraph period = new Paragraph();

	final Paragraph revenue = new Paragraph();

	final Paragraph target = new Paragraph();

	final Grid<Quantile> spread = new Grid<>();

	final Grid<HouseholdTypeChange> types = new Grid<>();

	final ChangeChart chart = new ChangeChart();

	final Grid<SimulatedChange> highest = new Grid<>();

	final Anchor download = new Anchor();

	SimulationCsv csv;

	SimulationResults() {
		setPadding(false);
		setVisible(false);
		this.period.setId("simulation-period");
		this.revenue.setId("simulation-revenue");
		this.target.setId("simulation-target");
		this.spread.setId("simulation-spread");
		this.types.setId("simulation-types");
		this.highest.setId("simulation-highest");
		this.download.setId("simulation-csv");
		this.download.setText(translate("waste-billing.simulator.download"));
		this.spread.addColumn(Quantile::label).setHeader(translate("waste-billing.simulator.quantile"));
		this.spread.addColumn((q) -> euros(q.current())).setHeader(translate("waste-billing.simulator.current"));
		this.spread.addColumn((q) -> euros(q.draft())).setHeader(translate("waste-billing.simulator.draft"));
		this.types.addColumn((t) -> SimulationLabels.type(t.type()))
			.setHeader(translate("waste-billing.simulator.type"))
			.setFlexGrow(2);
		this.types.addColumn(HouseholdTypeChange::payers).setHeader(translate("waste-billing.simulator.payers"));
		this.types.addColumn((t) -> euros(t.currentCents())).setHeader(translate("waste-billing.simulator.current"));
		this.types.addColumn((t) -> euros(t.draftCents())).setHeader(translate("waste-billing.simulator.draft"));
		this.types.addColumn((t) -> signed(t.changeCents())).setHeader(translate("waste-billing.simulator.change"));
		this.types.addColumn((t) -> signed(t.averageChangeCents()))
			.setHeader(translate("waste-billing.simulator.average-change"));
		this.highest.addColumn(SimulatedChange::payerReference)
			.setHeader(translate("waste-billing.simulator.reference"));
		this.highest.addColumn((c) -> SimulationLabels.type(c.type()))
			.setHeader(translate("waste-billing.simulator.type"));
		this.highest.addColumn((c) -> euros(c.currentCents())).setHeader(translate("waste-billing.simulator.current"));
		this.highest.addColumn((c) -> euros(c.draftCents())).setHeader(translate("waste-billing.simulator.draft"));
		this.highest.addColumn((c) -> signed(c.changeCents())).setHeader(translate("waste-billing.simulator.change"));
		for (Grid<?> grid : List.of(this.spread, this.types, this.highest)) {
			grid.setAllRowsVisible(true);
		}
		add(this.period, this.revenue, this.target, new H3(translate("waste-billing.simulator.by-type")), this.chart,
				this.types, new H3(translate("waste-billing.simulator.spread")), this.spread,
				new H3(translate("waste-billing.simulator.highest")), this.highest, this.download);
	}

	void show(TariffSimulation s) {
		Locale locale = WorkspaceCommune.locale();
		this.period.setText(translate("waste-billing.simulator.period-text", DATE.format(s.periodStart()),
				DATE.format(s.periodEnd()), s.payers(), Integer.toString(s.currentYear())));
		this.revenue.setText(translate("waste-billing.simulator.revenue-text", euros(s.currentTotalCents()),
				euros(s.draftTotalCents()), signed(s.draftTotalCents() - s.currentTotalCents())));
		this.target.setVisible(s.budgetTargetCents() != null);
		if (s.budgetTargetCents() != null) {
			this.target.setText(translate("waste-billing.simulator.target-text", euros(s.budgetTargetCents()),
					signed(s.gapToTargetCents())));
		}
		List<Quantile> quantiles = new ArrayList<>();
		quantiles.add(new Quantile(translate("waste-billing.simulator.median"), s.current().medianCents(),
				s.draft().medianCents()));
		for (int k = 0; k < s.draft().decileCents().size(); k++) {
			quantiles
				.add(new Quantile("D" + (k + 1), s.current().decileCents().get(k), s.draft().decileCents().get(k)));
		}
		this.spread.setItems(quantiles);
		this.types.setItems(s.byHouseholdType());
		this.chart.show(s.byHouseholdType(), locale);
		this.highest.setItems(s.highestChanges());
		this.csv = new SimulationCsv(s, locale);
		this.download.setHref(this.csv);
		setVisible(true);
	}

	private static String euros(long cents) {
		return Money.format(cents, WorkspaceCommune.locale());
	}

	private static String signed(long cents) {
		return ChangeChart.signed(cents, WorkspaceCommune.locale());
	}

	/** A row of the spread: a quantile under each grid. */
	record Quantile(String label, long current, long draft) {

	}

}
