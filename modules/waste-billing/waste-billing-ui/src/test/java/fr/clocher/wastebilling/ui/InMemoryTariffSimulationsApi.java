package fr.clocher.wastebilling.ui;

import java.util.ArrayList;
import java.util.List;

import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.TariffSimulation;
import fr.clocher.wastebilling.api.TariffSimulationsApi;

/** The simulator in memory: answers the figures set, keeps what it was asked. */
public class InMemoryTariffSimulationsApi implements TariffSimulationsApi {

	public final List<TariffGrid> drafts = new ArrayList<>();

	public final List<Long> targets = new ArrayList<>();

	public TariffSimulation answer;

	public RuntimeException failure;

	public void reset() {
		this.drafts.clear();
		this.targets.clear();
		this.answer = null;
		this.failure = null;
	}

	@Override
	public TariffSimulation simulate(String tenant, TariffGrid draft, Long budgetTargetCents) {
		this.drafts.add(draft);
		this.targets.add(budgetTargetCents);
		if (this.failure != null) {
			throw this.failure;
		}
		return this.answer;
	}

}
