package fr.clocher.website.api;

/**
 * How far the site complies with the RGAA, as the accessibility statement must say.
 */
public enum ComplianceStatus {

	/** "Totalement conforme": an audit found every criterion met. */
	FULLY_COMPLIANT,

	/** "Partiellement conforme": an audit found at least 50 % of the criteria met. */
	PARTIALLY_COMPLIANT,

	/** "Non conforme": no audit yet, or less than 50 % of the criteria met. */
	NOT_COMPLIANT

}
