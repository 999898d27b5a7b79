package fr.clocher.wastebilling.service.simulator;

import java.time.Clock;
import java.util.Optional;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.TariffSimulation;
import fr.clocher.wastebilling.service.billing.PeriodBills;
import fr.clocher.wastebilling.service.billing.PeriodBills.BilledPeriod;
import fr.clocher.wastebilling.service.support.BulkMemory;
import fr.clocher.wastebilling.service.support.Violations;
import fr.clocher.wastebilling.service.tariffs.DraftGrids;
import fr.clocher.wastebilling.service.tariffs.TariffBook;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Simulates a draft grid on the last issued period against the current grid (this year's,
 * else the period's year's), in one transaction that writes nothing lasting (the period's
 * lifts go through the billing run's temporary table).
 */
class TariffSimulator {

	private final PeriodBills bills;

	private final TariffBook tariffs;

	private final JdbcClient jdbc;

	private final DataSize workMem;

	private final Clock clock;

	TariffSimulator(PeriodBills bills, TariffBook tariffs, JdbcClient jdbc, DataSize workMem, Clock clock) {
		this.bills = bills;
		this.tariffs = tariffs;
		this.jdbc = jdbc;
		this.workMem = workMem;
		this.clock = clock;
	}

	@Transactional
	TariffSimulation simulate(TariffGrid draft, Long budgetTargetCents) {
		int thisYear = this.clock.instant().atZone(Paris.ZONE).getYear();
		TariffGrid checked = DraftGrids.checked(draft, thisYear + 1);
		if (budgetTargetCents != null) {
			Violations violations = new Violations();
			violations.between("budgetTargetCents", budgetTargetCents, 0, 100_000_000_000L);
			violations.throwIfAny();
		}
		BilledPeriod period = this.bills.lastIssued()
			.orElseThrow(() -> ApiProblem.conflict("no-billed-period", "runId", LocalizedText.of(
					"Aucune facturation n'est encore émise : la simulation s'applique aux données de la dernière période facturée.",
					"No billing run is issued yet: a simulation applies to the last billed period's data.")));
		int currentYear = this.tariffs.find(thisYear).isPresent() ? thisYear : period.year();
		TariffGrid current = this.tariffs.find(currentYear)
			.orElseThrow(() -> ApiProblem.conflict("tariff-not-found", "year",
					LocalizedText
						.of("Aucune grille tarifaire pour %d : la simulation s'y compare.",
								"No tariff grid for %d: the simulation compares with it.")
						.formatted(currentYear)));
		BulkMemory.grant(this.jdbc, this.workMem);
		SimulationFigures figures = new SimulationFigures();
		this.bills.totals(period, current, checked, (payer) -> figures.add(payer.payer(), payer.reference(),
				payer.kind(), payer.persons(), payer.first(), payer.second()));
		Optional<Long> target = Optional.ofNullable(budgetTargetCents);
		return new TariffSimulation(period.runId(), period.start(), period.end(), currentYear, figures.payers(),
				figures.currentTotal(), figures.draftTotal(), budgetTargetCents,
				target.map((t) -> figures.draftTotal() - t).orElse(null), figures.currentDistribution(),
				figures.draftDistribution(), figures.highestChanges(), figures.byHouseholdType());
	}

}
