package fr.clocher.wastebilling.api;

/**
 * Why an imported lift needs the secretary's eyes. Anomalies are kept, never dropped;
 * unknown tags, blacklisted bins and unassigned bins are not billed, weight outliers are
 * billed and flagged.
 */
public enum AnomalyKind {

	/** No bin of the tenant has the tag. */
	UNKNOWN_TAG,

	/** The bin was blacklisted (lost, stolen) on the lift's date. */
	BLACKLISTED_BIN,

	/** No payer held the bin on the lift's date. */
	BIN_NOT_ASSIGNED,

	/** The weight is more than the bin could hold (over 0.5 kg per litre). */
	WEIGHT_OUTLIER

}
