package fr.clocher.website.api;

/**
 * A council member's office.
 */
public enum CouncilRole {

	/** The mayor, also the publication director of the site. At most one. */
	MAYOR,

	/** A deputy mayor ("adjoint"). */
	DEPUTY,

	/** A municipal councillor. */
	COUNCILLOR

}
