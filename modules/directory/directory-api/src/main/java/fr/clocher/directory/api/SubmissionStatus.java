package fr.clocher.directory.api;

/**
 * Where a resident's proposal stands.
 */
public enum SubmissionStatus {

	/**
	 * Waiting for its submitter to confirm the e-mail address; not shown to the
	 * secretary.
	 */
	UNCONFIRMED,

	/** Confirmed, waiting for the secretary. */
	PENDING,

	/** Published (as a new entry or into the entry it corrects). */
	APPROVED,

	/** Refused, with a reason the submitter was told. */
	REJECTED

}
