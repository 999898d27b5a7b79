package fr.clocher.wastebilling.service.treasury;

import java.util.regex.Pattern;

import fr.clocher.kernel.api.Siret;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.service.support.Violations;

/**
 * The formats the PES schema and Hélios require of the treasury identifiers, each field
 * named by its label on the settings screen.
 */
final class TreasuryRules {

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
		violations.maxLength("postingOfficeName", given.postingOfficeName(), 38);
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
		return violations;
	}

	/** The settings stripped, optional fields null when blank. */
	static TreasurySettings cleaned(TreasurySettings given) {
		return new TreasurySettings(Violations.clean(given.postingOffice()),
				Violations.clean(given.postingOfficeName()), Violations.clean(given.siret()),
				Violations.clean(given.collectivityCode()), Violations.clean(given.budgetCode()),
				Violations.clean(given.budgetName()), Violations.clean(given.productCode()),
				Violations.clean(given.account()), Violations.clean(given.function()),
				Violations.clean(given.keyNature()));
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
