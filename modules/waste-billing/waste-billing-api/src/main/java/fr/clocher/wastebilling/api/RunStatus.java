package fr.clocher.wastebilling.api;

/** Where a billing run stands: draft → review → validated → issued. */
public enum RunStatus {

	/** Created, not computed yet. */
	DRAFT,

	/** Computed: its totals and differences are to be reviewed; it may be recomputed. */
	REVIEW,

	/** Approved; nothing changes it any more but issuing. */
	VALIDATED,

	/** Its invoices have their numbers and never change. */
	ISSUED

}
