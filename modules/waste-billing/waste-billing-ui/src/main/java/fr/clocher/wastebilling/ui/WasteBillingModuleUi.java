package fr.clocher.wastebilling.ui;

import java.util.List;

import com.vaadin.flow.component.icon.VaadinIcon;

import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.ModuleMenuItem;
import fr.clocher.kernel.ui.ModuleUi;
import fr.clocher.wastebilling.api.BillingRunsApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.ui.bins.BinsView;
import fr.clocher.wastebilling.ui.imports.LiftImportsView;
import fr.clocher.wastebilling.ui.payers.PayersView;
import fr.clocher.wastebilling.ui.runs.RunAwaitingCard;
import fr.clocher.wastebilling.ui.runs.RunsView;
import fr.clocher.wastebilling.ui.simulator.TariffSimulatorView;
import fr.clocher.wastebilling.ui.tariffs.TariffsView;
import fr.clocher.wastebilling.ui.treasury.TreasurySettingsView;

/**
 * The waste billing module's place in the workspace: its menu entries and its dashboard
 * card.
 */
public class WasteBillingModuleUi implements ModuleUi {

	private final BillingRunsApi runsApi;

	public WasteBillingModuleUi(BillingRunsApi runsApi) {
		this.runsApi = runsApi;
	}

	@Override
	public String moduleKey() {
		return WasteBilling.KEY;
	}

	@Override
	public List<ModuleMenuItem> menu() {
		return List.of(new ModuleMenuItem("waste-billing.nav.payers", PayersView.class, VaadinIcon.USERS),
				new ModuleMenuItem("waste-billing.nav.bins", BinsView.class, VaadinIcon.TRASH),
				new ModuleMenuItem("waste-billing.nav.tariffs", TariffsView.class, VaadinIcon.EURO),
				new ModuleMenuItem("waste-billing.nav.imports", LiftImportsView.class, VaadinIcon.TRUCK),
				new ModuleMenuItem("waste-billing.nav.runs", RunsView.class, VaadinIcon.INVOICE),
				new ModuleMenuItem("waste-billing.nav.treasury", TreasurySettingsView.class, VaadinIcon.INSTITUTION),
				new ModuleMenuItem("waste-billing.nav.simulator", TariffSimulatorView.class, VaadinIcon.BAR_CHART));
	}

	@Override
	public List<DashboardCard> dashboardCards() {
		return List.of(new RunAwaitingCard(this.runsApi));
	}

}
