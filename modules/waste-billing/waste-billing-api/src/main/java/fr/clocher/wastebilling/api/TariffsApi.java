package fr.clocher.wastebilling.api;

import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The tariff grid of each year. Conventions in the
 * {@linkplain fr.clocher.wastebilling.api package}.
 */
@HttpExchange(WasteBilling.API)
public interface TariffsApi {

	/**
	 * The years that have a grid, latest first.
	 * @param tenant the tenant's slug
	 * @return the years
	 */
	@GetExchange("/tariffs")
	List<Integer> tariffYears(@PathVariable("tenant") String tenant);

	/**
	 * A year's grid; {@code tariff-not-found} (404) when there is none.
	 * @param tenant the tenant's slug
	 * @param year the year
	 * @return the grid
	 */
	@GetExchange("/tariffs/{year}")
	TariffGrid tariff(@PathVariable("tenant") String tenant, @PathVariable("year") int year);

	/**
	 * Saves a year's grid. Refused with {@code invalid-request} (400) naming each field
	 * ({@code volumes[1].extraLiftCents}...), and {@code tariff-in-use} (409) once a run
	 * of the year is issued.
	 * @param tenant the tenant's slug
	 * @param year the year
	 * @param grid the grid
	 * @return the grid saved
	 */
	@PutExchange("/tariffs/{year}")
	TariffGrid saveTariff(@PathVariable("tenant") String tenant, @PathVariable("year") int year,
			@RequestBody TariffGrid grid);

}
