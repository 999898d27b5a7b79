package fr.clocher.wastebilling.api;

import java.util.List;

/**
 * How the bills of a simulation spread, by the nearest rank (exact in cents, a bill that
 * exists): the k-th decile is the smallest bill such that at least k tenths of the bills
 * are not above it; the median is the fifth decile.
 *
 * @param medianCents the median bill
 * @param decileCents the deciles D1 to D9 (empty when nobody is billed)
 */
public record BillDistribution(long medianCents, List<Long> decileCents) {

	public BillDistribution {
		decileCents = (decileCents != null) ? List.copyOf(decileCents) : List.of();
	}

}
