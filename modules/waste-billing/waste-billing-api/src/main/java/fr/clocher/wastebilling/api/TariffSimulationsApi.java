package fr.clocher.wastebilling.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The tariff simulator, before the council votes. Conventions in the
 * {@linkplain fr.clocher.wastebilling.api package}.
 */
@HttpExchange(WasteBilling.API)
public interface TariffSimulationsApi {

	/**
	 * Applies a draft grid to the last issued run's period (its payers, bins and lifts as
	 * they are now, by the billing run's own rules) and compares it with the current
	 * grid; writes nothing. Refused with {@code invalid-request} (400) naming each field
	 * of the draft as the tariff editor does, {@code no-billed-period} (409) before a run
	 * is issued, {@code tariff-not-found} (409) without a current grid, and
	 * {@code tariff-incomplete} (409) when a grid lacks a bin volume or a professional
	 * category that the period has.
	 * @param tenant the tenant's slug
	 * @param draft the draft grid (its year may be next year's)
	 * @param budgetTargetCents the revenue aimed at, or null
	 * @return the figures
	 */
	@PostExchange("/tariff-simulations")
	TariffSimulation simulate(@PathVariable("tenant") String tenant, @RequestBody TariffGrid draft,
			@RequestParam(name = "budgetTargetCents", required = false) Long budgetTargetCents);

}
