package fr.clocher.wastebilling.ui.simulator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.TariffSimulationsApi;
import fr.clocher.wastebilling.api.TariffsApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.ui.support.MoneyField;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Before the council votes: a draft of next year's grid, started from the current year's
 * (else the latest saved), applied to the last billed period; nothing is saved.
 */
@Route("waste-billing/simulator")
@PageTitle("Simulation tarifaire")
@ModuleView(WasteBilling.KEY)
@PermitAll
public class TariffSimulatorView extends ModuleScreen {

	final Paragraph base = new Paragraph();

	final DraftGridForm draft = new DraftGridForm();

	final MoneyField target = new MoneyField(translate("waste-billing.simulator.target"));

	final Button simulate = new Button(translate("waste-billing.simulator.simulate"), VaadinIcon.BAR_CHART.create(),
			(event) -> simulate());

	final SimulationResults results = new SimulationResults();

	private final TariffSimulationsApi simulations;

	private final int draftYear = LocalDate.now(Paris.ZONE).getYear() + 1;

	public TariffSimulatorView(TariffsApi tariffsApi, TariffSimulationsApi simulations) {
		super(translate("waste-billing.simulator.title"), translate("waste-billing.simulator.intro"));
		this.simulations = simulations;
		this.base.setId("simulation-base");
		this.simulate.setId("simulate");
		this.simulate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.target.setId("simulation-target-field");
		this.target.setHelperText(translate("waste-billing.simulator.target-helper"));
		add(this.base, this.draft, this.target, this.simulate, this.results);
		int current = this.draftYear - 1;
		List<Integer> years = this.api.run(() -> tariffsApi.tariffYears(tenant())).orElse(List.of());
		Integer from = years.contains(current) ? Integer.valueOf(current) : years.stream().findFirst().orElse(null);
		TariffGrid grid = (from != null) ? this.api.run(() -> tariffsApi.tariff(tenant(), from)).orElse(null) : null;
		if (grid == null) {
			this.base.setText(translate("waste-billing.simulator.no-grid"));
			this.simulate.setEnabled(false);
			return;
		}
		this.base.setText(translate("waste-billing.simulator.starts-from", Integer.toString(from),
				Integer.toString(this.draftYear)));
		this.draft.startFrom(grid);
		this.draft.name(this.api);
		this.api.field("budgetTargetCents", this.target);
	}

	private void simulate() {
		boolean valid = this.draft.valid();
		this.target.cents();
		if (!valid || this.target.isInvalid()) {
			ApiCall.failure(new ApiError(400, translate("waste-billing.tariffs.fix-amounts"), Map.of()));
			return;
		}
		TariffGrid grid = this.draft.draft(this.draftYear);
		Long budget = this.target.cents();
		this.api.run(() -> this.simulations.simulate(tenant(), grid, budget)).ifPresent(this.results::show);
	}

}
