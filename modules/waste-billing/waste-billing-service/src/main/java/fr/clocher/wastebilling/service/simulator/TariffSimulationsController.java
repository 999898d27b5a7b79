package fr.clocher.wastebilling.service.simulator;

import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.TariffSimulation;
import fr.clocher.wastebilling.api.TariffSimulationsApi;
import fr.clocher.wastebilling.api.WasteBilling;

import org.springframework.web.bind.annotation.RestController;

/** The tariff simulator over HTTP. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class TariffSimulationsController implements TariffSimulationsApi {

	private final TariffSimulator simulator;

	TariffSimulationsController(TariffSimulator simulator) {
		this.simulator = simulator;
	}

	@Override
	public TariffSimulation simulate(String tenant, TariffGrid draft, Long budgetTargetCents) {
		return this.simulator.simulate(draft, budgetTargetCents);
	}

}
