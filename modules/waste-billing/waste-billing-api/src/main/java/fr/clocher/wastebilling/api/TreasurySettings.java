package fr.clocher.wastebilling.api;

/**
 * The collectivity's identifiers at the public treasury (Hélios), which the PES V2 file
 * of a run carries; all null until the secretary enters them.
 *
 * @param postingOffice the poste comptable's codique ({@code IdPost}: 6 or 7 digits, or
 * {@code 02A}/{@code 02B} and 3 or 4 digits)
 * @param postingOfficeName its short name ({@code LibellePoste}, optional, 38 characters)
 * @param siret the SIRET of the budget ({@code IdColl}, 14 digits, a valid check digit)
 * @param collectivityCode the collectivity's code at the treasury ({@code CodCol}, 3
 * digits)
 * @param budgetCode the budget's code ({@code CodBud}: a digit or capital letter, then a
 * digit)
 * @param budgetName the budget's name ({@code LibelleColBud}, optional, 38 characters)
 * @param productCode the local product code of the charge ({@code CodProdLoc}, 1 to 4
 * letters or digits), as the treasury registered it for the roll
 * @param account the revenue account the lines are charged to ({@code Nature}, 1 to 12
 * digits, e.g. 70612)
 * @param function the functional account ({@code Fonction}, optional, up to 10 digits;
 * only under the M14, M52, M57 and M71 instructions)
 * @param keyNature the 2-digit nature code the first check key of each article is
 * computed with ({@code Cle1}), as the treasury gave it
 * @param bills what the treasury prints on the bills it posts ({@code Edition} 07: the
 * PES_Facture attached to the file); null until entered
 */
public record TreasurySettings(String postingOffice, String postingOfficeName, String siret, String collectivityCode,
		String budgetCode, String budgetName, String productCode, String account, String function, String keyNature,
		Bills bills) {

	/** Nothing entered yet. */
	public static TreasurySettings empty() {
		return new TreasurySettings(null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * What the bills the treasury prints and posts ({@code Edition} 07, "ASAP ORMC à
	 * éditer") carry besides the roll: the issuer (the collectivity, its address, its
	 * Banque de France issuer number, who signs), the public finance centre (its name is
	 * {@link #postingOfficeName()}) and the collection centre the payment slips go to.
	 * Each in the postal norm, 38 characters at most unless said.
	 *
	 * @param issuerName the collectivity's name on the bill ({@code Emetteur/Nom})
	 * @param issuerStreet its street address ({@code Adr2})
	 * @param issuerPostcode its postcode, 5 digits
	 * @param issuerCity its town
	 * @param issuerNumber the Banque de France issuer number of the budget
	 * ({@code RefBdf}, 1 to 13 letters or digits; bills with a payment slip)
	 * @param signatoryName the surname of who signs the bills
	 * @param signatoryFirstName the first name of who signs
	 * @param signatoryRole as what they sign ({@code Role}, 50 characters, "Le
	 * Président")
	 * @param centreStreet the public finance centre's street address ({@code Tiers} 26)
	 * @param centrePostcode its postcode, 5 digits
	 * @param centreCity its town
	 * @param collectionTsa the collection centre's TSA line ({@code Tiers} 25,
	 * {@code Adr3}, optional)
	 * @param collectionPostcode the collection centre's postcode or CEDEX number, 5
	 * digits
	 * @param collectionCity its town or CEDEX name
	 */
	public record Bills(String issuerName, String issuerStreet, String issuerPostcode, String issuerCity,
			String issuerNumber, String signatoryName, String signatoryFirstName, String signatoryRole,
			String centreStreet, String centrePostcode, String centreCity, String collectionTsa,
			String collectionPostcode, String collectionCity) {

		/** Nothing entered yet. */
		public static Bills empty() {
			return new Bills(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		}

	}

}
