package fr.clocher.wastebilling.api;

/**
 * The groups a tariff simulation compares: households by size (five persons and more
 * together), and professionals.
 */
public enum HouseholdType {

	ONE_PERSON, TWO_PERSONS, THREE_PERSONS, FOUR_PERSONS, FIVE_OR_MORE, PROFESSIONAL;

	/** The group of a payer. */
	public static HouseholdType of(PayerKind kind, Integer persons) {
		if (kind == PayerKind.PROFESSIONAL) {
			return PROFESSIONAL;
		}
		int size = (persons != null) ? persons : 1;
		return values()[Math.min(Math.max(size, 1), 5) - 1];
	}

}
