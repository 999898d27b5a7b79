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
 */
public record TreasurySettings(String postingOffice, String postingOfficeName, String siret, String collectivityCode,
		String budgetCode, String budgetName, String productCode, String account, String function, String keyNature) {

	/** Nothing entered yet. */
	public static TreasurySettings empty() {
		return new TreasurySettings(null, null, null, null, null, null, null, null, null, null);
	}

}
