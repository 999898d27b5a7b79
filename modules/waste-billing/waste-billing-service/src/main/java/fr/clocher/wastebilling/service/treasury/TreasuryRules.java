package fr.clocher.wastebilling.service.treasury;

import java.util.regex.Pattern;

import fr.clocher.kernel.api.Siret;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.TreasurySettings.Bills;
import fr.clocher.wastebilling.service.support.Violations;

/**
 * The formats the PES schema and Hélios require of the treasury identifiers, each field
 * named by its label on the settings screen.
 */
final class TreasuryRules {

	private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

	private static final Pattern CODIQUE = Pattern.compile("02[AB]\\d{3,4}|\\d{6,7}");

	private TreasuryRules() {
	}

	/** The refused fields of the settings (none when they can make a file). */
	static Violations check(TreasurySettings settings) {
		TreasurySettings given = (settings != null) ? settings : TreasurySettings.empty();
		Violations violations = new Violations();
		matches(violations, "postingOffice", given.postingOffice(), CODIQUE,
				"Poste comptable : 6 ou 7 chiffres, ou 02A/02B suivis de 3 ou 4 chiffres.",
				"Posting office: 6 or 7 digits, or 02A/02B followed by 3 or 4 digits.");
		text(violations, "postingOfficeName", given.postingOfficeName(), 38,
				"Libellé du poste comptable : ce champ est obligatoire (le centre des finances publiques nommé sur les avis), 38 caractères au plus.",
				"Posting office name: this field is required (the public finance centre named on the bills), at most 38 characters.");
		if (matches(violations, "siret", given.siret(), Pattern.compile("\\d{14}"), "SIRET du budget : 14 chiffres.",
				"SIRET of the budget: 14 digits.") && !Siret.valid(given.siret())) {
			violations.add("siret", "SIRET du budget : la clé de contrôle ne correspond pas (vérifiez les chiffres).",
					"SIRET of the budget: the check digit does not match (check the digits).");
		}
		matches(violations, "collectivityCode", given.collectivityCode(), Pattern.compile("\\d{3}"),
				"Code collectivité : 3 chiffres.", "Collectivity code: 3 digits.");
		matches(violations, "budgetCode", given.budgetCode(), Pattern.compile("[0-9A-Z][0-9]"),
				"Code budget : un chiffre ou une majuscule, puis un chiffre (00 pour le budget principal).",
				"Budget code: a digit or capital letter, then a digit (00 for the main budget).");
		violations.maxLength("budgetName", given.budgetName(), 38);
		matches(violations, "productCode", given.productCode(), Pattern.compile("[0-9A-Za-z]{1,4}"),
				"Code produit local : 1 à 4 lettres ou chiffres.", "Local product code: 1 to 4 letters or digits.");
		if (matches(violations, "account", given.account(), Pattern.compile("\\d{1,12}"),
				"Compte d'imputation (nature) : 1 à 12 chiffres.", "Revenue account (nature): 1 to 12 digits.")
				&& given.account().strip().chars().allMatch((c) -> c == '0')) {
			violations.add("account", "Compte d'imputation (nature) : il ne peut pas être nul.",
					"Revenue account (nature): it cannot be zero.");
		}
		String function = Violations.clean(given.function());
		if (function != null && !function.matches("\\d{1,10}")) {
			violations.add("function", "Fonction : jusqu'à 10 chiffres, ou vide.",
					"Function: up to 10 digits, or empty.");
		}
		matches(violations, "keyNature", given.keyNature(), Pattern.compile("\\d{2}"),
				"Code nature de la clé de contrôle : 2 chiffres.", "Check key nature code: 2 digits.");
		bills(violations, (given.bills() != null) ? given.bills() : Bills.empty());
		return violations;
	}

	/**
	 * The fields of the bills the treasury prints ({@code Edition} 07), named
	 * {@code bills.<field>}: those the PES_Facture's annotations require of an ORMC bill
	 * (the issuer's street, the signatory, the issuer number, the two centres' postcodes
	 * and towns, the public finance centre's street).
	 */
	private static void bills(Violations violations, Bills bills) {
		text(violations, "bills.issuerName", bills.issuerName(), 38,
				"Nom de la collectivité sur les avis : obligatoire, 38 caractères au plus.",
				"Collectivity's name on the bills: required, at most 38 characters.");
		text(violations, "bills.issuerStreet", bills.issuerStreet(), 38,
				"Adresse de la collectivité (numéro et voie) : obligatoire, 38 caractères au plus.",
				"Collectivity's address (number and street): required, at most 38 characters.");
		matches(violations, "bills.issuerPostcode", bills.issuerPostcode(), POSTCODE,
				"Code postal de la collectivité : 5 chiffres.", "Collectivity's postcode: 5 digits.");
		text(violations, "bills.issuerCity", bills.issuerCity(), 38,
				"Commune de la collectivité : obligatoire, 38 caractères au plus.",
				"Collectivity's town: required, at most 38 characters.");
		matches(violations, "bills.issuerNumber", bills.issuerNumber(), Pattern.compile("[0-9A-Za-z]{1,13}"),
				"Numéro émetteur (Banque de France) : 1 à 13 lettres ou chiffres, sans espace.",
				"Issuer number (Banque de France): 1 to 13 letters or digits, no space.");
		text(violations, "bills.signatoryName", bills.signatoryName(), 38,
				"Nom du signataire : obligatoire, 38 caractères au plus.",
				"Signatory's surname: required, at most 38 characters.");
		text(violations, "bills.signatoryFirstName", bills.signatoryFirstName(), 38,
				"Prénom du signataire : obligatoire, 38 caractères au plus.",
				"Signatory's first name: required, at most 38 characters.");
		text(violations, "bills.signatoryRole", bills.signatoryRole(), 50,
				"Qualité du signataire : obligatoire, 50 caractères au plus (par exemple « Le Président »).",
				"Signatory's capacity: required, at most 50 characters (e.g. \"Le Président\").");
		text(violations, "bills.centreStreet", bills.centreStreet(), 38,
				"Adresse du centre des finances publiques (numéro et voie) : obligatoire, 38 caractères au plus.",
				"Public finance centre's address (number and street): required, at most 38 characters.");
		matches(violations, "bills.centrePostcode", bills.centrePostcode(), POSTCODE,
				"Code postal du centre des finances publiques : 5 chiffres.",
				"Public finance centre's postcode: 5 digits.");
		text(violations, "bills.centreCity", bills.centreCity(), 38,
				"Commune du centre des finances publiques : obligatoire, 38 caractères au plus.",
				"Public finance centre's town: required, at most 38 characters.");
		violations.maxLength("bills.collectionTsa", bills.collectionTsa(), 38);
		matches(violations, "bills.collectionPostcode", bills.collectionPostcode(), POSTCODE,
				"Code postal (ou CEDEX) du centre d'encaissement : 5 chiffres.",
				"Collection centre's postcode (or CEDEX number): 5 digits.");
		text(violations, "bills.collectionCity", bills.collectionCity(), 38,
				"Commune (ou libellé CEDEX) du centre d'encaissement : obligatoire, 38 caractères au plus.",
				"Collection centre's town (or CEDEX name): required, at most 38 characters.");
	}

	/** Refuses a missing text, or one longer than {@code max}, with one message. */
	private static void text(Violations violations, String field, String value, int max, String fr, String en) {
		String text = Violations.clean(value);
		if (text == null || text.length() > max) {
			violations.add(field, fr, en);
		}
	}

	/** The settings stripped, optional fields null when blank. */
	static TreasurySettings cleaned(TreasurySettings given) {
		return new TreasurySettings(Violations.clean(given.postingOffice()),
				Violations.clean(given.postingOfficeName()), Violations.clean(given.siret()),
				Violations.clean(given.collectivityCode()), Violations.clean(given.budgetCode()),
				Violations.clean(given.budgetName()), Violations.clean(given.productCode()),
				Violations.clean(given.account()), Violations.clean(given.function()),
				Violations.clean(given.keyNature()), cleaned((given.bills() != null) ? given.bills() : Bills.empty()));
	}

	private static Bills cleaned(Bills b) {
		return new Bills(Violations.clean(b.issuerName()), Violations.clean(b.issuerStreet()),
				Violations.clean(b.issuerPostcode()), Violations.clean(b.issuerCity()),
				Violations.clean(b.issuerNumber()), Violations.clean(b.signatoryName()),
				Violations.clean(b.signatoryFirstName()), Violations.clean(b.signatoryRole()),
				Violations.clean(b.centreStreet()), Violations.clean(b.centrePostcode()),
				Violations.clean(b.centreCity()), Violations.clean(b.collectionTsa()),
				Violations.clean(b.collectionPostcode()), Violations.clean(b.collectionCity()));
	}

	private static boolean matches(Violations violations, String field, String value, Pattern format, String fr,
			String en) {
		String text = Violations.clean(value);
		if (text == null) {
			violations.add(field, fr.substring(0, fr.indexOf(" :")) + " : ce champ est obligatoire.",
					en.substring(0, en.indexOf(':')) + ": this field is required.");
			return false;
		}
		if (!format.matcher(text).matches()) {
			violations.add(field, fr, en);
			return false;
		}
		return true;
	}

}
