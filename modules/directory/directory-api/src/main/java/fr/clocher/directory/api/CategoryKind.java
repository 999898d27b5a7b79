package fr.clocher.directory.api;

/**
 * What the entries of a category are, as schema.org types name them on their public pages
 * (the structured data search engines read).
 */
public enum CategoryKind {

	/** An association, a club: {@code Organization}. */
	ORGANIZATION("Organization", false),

	/** A shop, an artisan, a business: {@code LocalBusiness}. */
	LOCAL_BUSINESS("LocalBusiness", true),

	/** A doctor, a nurse, a pharmacy: {@code MedicalBusiness}. */
	MEDICAL("MedicalBusiness", true),

	/** A school, a crèche: {@code EducationalOrganization}. */
	EDUCATION("EducationalOrganization", false),

	/** The town hall, a public office: {@code GovernmentOffice}. */
	GOVERNMENT("GovernmentOffice", true),

	/** A bus line, a car-sharing area: {@code Organization}. */
	TRANSPORT("Organization", false);

	private final String schemaType;

	private final boolean place;

	CategoryKind(String schemaType, boolean place) {
		this.schemaType = schemaType;
		this.place = place;
	}

	/**
	 * Whether its schema.org type is a place (a {@code LocalBusiness}): one with a
	 * position and opening hours.
	 */
	public boolean place() {
		return this.place;
	}

	/** Its schema.org type. */
	public String schemaType() {
		return this.schemaType;
	}

}
