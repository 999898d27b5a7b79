package fr.clocher.wastebilling.api;

/** The tariff component an invoice line bills. */
public enum LineCode {

	/** The fixed part of a bin's volume, prorated by month. */
	FIXED_BIN,

	/** The fixed part per person of a household, prorated by month. */
	FIXED_PERSON,

	/** A professional's flat rate, prorated by month. */
	FLAT_RATE,

	/** The lifts beyond those the fixed part includes. */
	EXTRA_LIFTS,

	/** The weight lifted times the price per kilogram. */
	WEIGHT,

	/** What brings the invoice up to the minimum charge. */
	MINIMUM,

	/** Months exempted (amount 0, for the record). */
	EXEMPTION

}
