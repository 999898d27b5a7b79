package fr.clocher.wastebilling.api;

import java.util.List;

/**
 * The tariff grid the council voted for one year; every amount is for a whole year and is
 * prorated by month (see {@link Cents} for the rounding).
 *
 * @param year the year
 * @param volumes the fixed part and the lifts by bin volume (one line per volume)
 * @param perPersonCents the fixed part per person of a household (0 when none)
 * @param pricePerKgCents the price per kilogram lifted, null when lifts are not weighed
 * @param professionalRates the professionals' flat rates
 * @param minimumChargeCents the least a payer pays for a whole year (0 when none)
 */
public record TariffGrid(Integer year, List<VolumeTariff> volumes, Long perPersonCents, Long pricePerKgCents,
		List<FlatRate> professionalRates, Long minimumChargeCents) {

	public TariffGrid {
		volumes = (volumes != null) ? List.copyOf(volumes) : List.of();
		professionalRates = (professionalRates != null) ? List.copyOf(professionalRates) : List.of();
	}

}
