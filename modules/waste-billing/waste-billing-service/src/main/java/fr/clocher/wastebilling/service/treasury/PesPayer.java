package fr.clocher.wastebilling.service.treasury;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.wastebilling.api.PayerKind;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseBooleen;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum5Light;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte10;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte30;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte38;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte480;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TAdresse;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TCatTiers;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TNatIdTiers;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TNatJur;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TTypAdr;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TTypTiersRecette;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TInfoTiersRecette;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TTiers;

import static fr.clocher.wastebilling.service.treasury.Pes.postal;
import static fr.clocher.wastebilling.service.treasury.Pes.v;

/**
 * The payer as the treasury's debtor ({@code Tiers}): a household is a natural person
 * (category 01, legal nature 01 "particuliers") named by its civility, surname and first
 * name; a professional a private legal person (category 50, legal nature 03 "société")
 * named by its legal name, with its SIRET as national identifier (nature 01) when it has
 * one; both the main debtor (type 01) with the payer's reference as the collectivity's
 * own reference. The address is the payer's in the postal norm: the street before the
 * postcode, the postcode, and the town written after it or else the member commune's
 * name.
 */
final class PesPayer {

	private static final Pattern POSTCODE = Pattern.compile("(?<![0-9])([0-9]{5})(?![0-9])");

	private PesPayer() {
	}

	static TTiers tiers(Article article, String communeName) {
		boolean person = article.kind() == PayerKind.HOUSEHOLD;
		TInfoTiersRecette info = new TInfoTiersRecette();
		info.setRefTiers(v(BaseTexte30::new, BaseTexte30::setV, Pes.text(article.payerReference(), 30)));
		info.setCatTiers(v(TCatTiers::new, TCatTiers::setV, person ? "01" : "50"));
		info.setNatJur(v(TNatJur::new, TNatJur::setV, person ? "01" : "03"));
		info.setTypTiers(v(TTypTiersRecette::new, TTypTiersRecette::setV, "01"));
		if (person) {
			// Civilite and Prenom are required of a natural person
			// (Class_TiersRecette.xsd);
			// the export refuses a household without them before writing.
			info.setCivilite(v(BaseTexte10::new, BaseTexte10::setV, article.civility().abbreviation()));
			info.setPrenom(v(BaseTexte38::new, BaseTexte38::setV, postal(article.firstName(), 38)));
		}
		else if (article.siret() != null) {
			info.setIdTiers(v(BaseTexte480::new, BaseTexte480::setV, article.siret()));
			info.setNatIdTiers(v(TNatIdTiers::new, TNatIdTiers::setV, "01"));
		}
		info.setNom(v(BaseTexte38::new, BaseTexte38::setV, postal(article.name(), 38)));
		TTiers tiers = new TTiers();
		tiers.setInfoTiers(info);
		tiers.setAdresse(address(article.address(), communeName));
		return tiers;
	}

	/** The address's parts, or null when it has no postcode or no street. */
	static TAdresse address(String address, String communeName) {
		Matcher postcode = POSTCODE.matcher(address);
		String code = null;
		int at = -1;
		while (postcode.find()) {
			code = postcode.group(1);
			at = postcode.start();
		}
		if (code == null) {
			return null;
		}
		String street = postal(address.substring(0, at).replaceAll("[,\\s]+$", ""), 76);
		String town = postal(address.substring(at + 5).replaceAll("^[,\\s]+", ""), 38);
		if (street.isEmpty()) {
			return null;
		}
		TAdresse result = new TAdresse();
		result.setTypAdr(v(TTypAdr::new, TTypAdr::setV, "1"));
		result.setAdr2(v(BaseTexte38::new, BaseTexte38::setV, postal(street, 38)));
		if (street.length() > 38) {
			result.setAdr3(v(BaseTexte38::new, BaseTexte38::setV, postal(street.substring(38), 38)));
		}
		result.setCP(v(BaseNum5Light::new, BaseNum5Light::setV, code));
		result.setVille(v(BaseTexte38::new, BaseTexte38::setV, town.isEmpty() ? postal(communeName, 38) : town));
		result.setCodRes(v(BaseBooleen::new, BaseBooleen::setV, false));
		return result;
	}

}
