package fr.clocher.wastebilling.service.treasury;

import java.math.BigInteger;

/**
 * The two check keys of an article of roll. The only DGFiP text at hand that speaks of
 * them is the schema's own annotation (PES V2 5.30,
 * {@code NS_Recette/r0/Class_TitreAller.xsd}, elements {@code Cle1} and {@code Cle2} of
 * {@code TBlocPiece}, in {@code /work/shared/data/pes-v5.30/} and this module's
 * {@code waste-billing-pes}): <blockquote>Cle1: « Clé de contrôle de l'article de rôle.
 * Cette clé d'identification est calculée selon le modulo 11 (sur le code collectivité +
 * le code nature + 2 dernier chiffres de l'exercice + la période + le numéro de dette).
 * […] Pour le mode de calcul se référer à l'ANNEXE_TECHNIQUE_PES_SEPA_ORMC »<br>
 * Cle2: « Clé calculée selon le modulo 23 (sur les deux derniers chiffres de l'exercice +
 * la période + 00 + le numéro de dette). […] Pour le mode de calcul se référer à
 * l'ANNEXE_TECHNIQUE_PES_SEPA_ORMC »</blockquote> The annotation fixes the modulus and
 * the digits' order, nothing more; the annex that defines the calculation is not in the
 * shared data (checked 2026-12-07: {@code /work/shared/data} holds the schemas, their
 * README and two CSV files). So these parts are <b>assumed</b>, to be checked against the
 * annex before a file goes to Hélios:
 * <ul>
 * <li>{@code Cle1}: the remainder of the number modulo 11, a remainder of 10 written 0
 * (the element holds one digit);</li>
 * <li>{@code Cle2}: the remainder r modulo 23 written as the letter of rank r in
 * {@code A..W} (the element holds one letter or digit);</li>
 * <li>the debt number written without leading zeros, as in {@code NumDette}.</li>
 * </ul>
 */
final class CheckKeys {

	private static final BigInteger ELEVEN = BigInteger.valueOf(11);

	private static final BigInteger TWENTY_THREE = BigInteger.valueOf(23);

	private CheckKeys() {
	}

	static String first(String collectivityCode, String keyNature, int year, int period, long debtNumber) {
		String digits = collectivityCode + keyNature + twoDigits(year) + period + debtNumber;
		return String.valueOf(new BigInteger(digits).mod(ELEVEN).intValue() % 10);
	}

	static String second(int year, int period, long debtNumber) {
		String digits = twoDigits(year) + period + "00" + debtNumber;
		return String.valueOf((char) ('A' + new BigInteger(digits).mod(TWENTY_THREE).intValue()));
	}

	private static String twoDigits(int year) {
		return "%02d".formatted(year % 100);
	}

}
