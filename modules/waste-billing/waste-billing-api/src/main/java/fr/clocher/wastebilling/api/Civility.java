package fr.clocher.wastebilling.api;

/**
 * A household's civility, as the public treasury writes it in a debtor's {@code Civilite}
 * (mandatory for a natural person; "Mademoiselle" no longer exists and is refused).
 */
public enum Civility {

	/** Monsieur: {@code M}. */
	MONSIEUR("M"),

	/** Madame: {@code MME}. */
	MADAME("MME");

	private final String abbreviation;

	Civility(String abbreviation) {
		this.abbreviation = abbreviation;
	}

	/** How the treasury abbreviates it. */
	public String abbreviation() {
		return this.abbreviation;
	}

}
