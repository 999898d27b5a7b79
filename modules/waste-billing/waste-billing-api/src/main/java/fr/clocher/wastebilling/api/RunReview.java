package fr.clocher.wastebilling.api;

import java.util.List;
import java.util.UUID;

/**
 * What the secretary reviews before validating: the totals by tariff component, and the
 * largest differences from the previous issued run, per payer.
 *
 * @param run the run
 * @param lineTotals the totals by component
 * @param previousRunId the previous issued run, null when none
 * @param previousTotalCents its total
 * @param differences the 100 largest differences per payer, largest first
 */
public record RunReview(BillingRun run, List<LineTotal> lineTotals, UUID previousRunId, Long previousTotalCents,
		List<PayerDifference> differences) {

	public RunReview {
		lineTotals = List.copyOf(lineTotals);
		differences = List.copyOf(differences);
	}

}
