package fr.clocher.wastebilling.service.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.clocher.wastebilling.api.TreasurySettings;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseBooleen;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseCodeBud2;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseCodeCol3;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseDate;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseDateSup1900;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseMontant;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum14Light;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum2;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum4;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum5;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum7;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte100;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte160;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte32;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte38;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexteCodique7;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TCarteVisite;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TEnTetePES;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TEnveloppe;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TParametres;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TBlocBordereau;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TPESRecetteAller;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TTypBordAller;

import static fr.clocher.wastebilling.service.treasury.Pes.v;

/**
 * The blocks before the pieces: the envelope (a {@code PESORMC} file), the PES header
 * (the posting office and the budget from the settings), the Recette header (version 2,
 * not dematerialised: Clocher does not sign) and each bordereau's block (a roll of type
 * 06, ORMC).
 */
final class PesHeaders {

	private PesHeaders() {
	}

	static TEnveloppe envelope(String fileName) {
		TParametres parameters = new TParametres();
		parameters.setVersion(v(BaseNum2::new, BaseNum2::setV, BigDecimal.TWO));
		parameters.setTypFic(v(BaseTexte32::new, BaseTexte32::setV, "PESORMC"));
		parameters.setNomFic(v(BaseTexte100::new, BaseTexte100::setV, fileName));
		TCarteVisite sender = new TCarteVisite();
		sender.setSigle(v(BaseTexte32::new, BaseTexte32::setV, "CLOCHER"));
		sender.setAdresse(v(BaseTexte38::new, BaseTexte38::setV, "Clocher redevance incitative"));
		TEnveloppe envelope = new TEnveloppe();
		envelope.setParametres(parameters);
		envelope.setEmetteur(sender);
		return envelope;
	}

	static TEnTetePES header(TreasurySettings settings, LocalDate today) {
		TEnTetePES header = new TEnTetePES();
		header.setDteStr(v(BaseDate::new, BaseDate::setV, Pes.date(today)));
		header.setIdPost(v(BaseTexteCodique7::new, BaseTexteCodique7::setV, settings.postingOffice()));
		if (settings.postingOfficeName() != null) {
			header
				.setLibellePoste(v(BaseTexte38::new, BaseTexte38::setV, Pes.postal(settings.postingOfficeName(), 38)));
		}
		header.setIdColl(v(BaseNum14Light::new, BaseNum14Light::setV, settings.siret()));
		header.setCodCol(v(BaseCodeCol3::new, BaseCodeCol3::setV, settings.collectivityCode()));
		header.setCodBud(v(BaseCodeBud2::new, BaseCodeBud2::setV, settings.budgetCode()));
		if (settings.budgetName() != null) {
			header.setLibelleColBud(v(BaseTexte38::new, BaseTexte38::setV, Pes.postal(settings.budgetName(), 38)));
		}
		return header;
	}

	static TPESRecetteAller.EnTeteRecette recette() {
		TPESRecetteAller.EnTeteRecette header = new TPESRecetteAller.EnTeteRecette();
		header.setIdVer(v(BaseNum2::new, BaseNum2::setV, BigDecimal.TWO));
		header.setInfoDematerialisee(v(BaseBooleen::new, BaseBooleen::setV, false));
		return header;
	}

	static TBlocBordereau roll(RunHead run, int number, LocalDate issued, Roll roll) {
		TBlocBordereau bloc = new TBlocBordereau();
		bloc.setExer(v(BaseNum4::new, BaseNum4::setV, BigDecimal.valueOf(run.year())));
		bloc.setIdBord(v(BaseNum7::new, BaseNum7::setV, BigDecimal.valueOf(number)));
		bloc.setDteBordEm(v(BaseDateSup1900::new, BaseDateSup1900::setV, Pes.date(issued)));
		bloc.setTypBord(v(TTypBordAller::new, TTypBordAller::setV, "06"));
		bloc.setNbrPce(v(BaseNum5::new, BaseNum5::setV, BigDecimal.valueOf(roll.articles())));
		bloc.setMtBordHt(v(BaseMontant::new, BaseMontant::setV, Pes.amount(roll.cents())));
		bloc.setObjet(v(BaseTexte160::new, BaseTexte160::setV, "Redevance incitative " + run.label()));
		return bloc;
	}

}
