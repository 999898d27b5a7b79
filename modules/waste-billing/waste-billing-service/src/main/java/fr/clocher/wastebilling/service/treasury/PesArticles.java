package fr.clocher.wastebilling.service.treasury;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.wastebilling.api.TreasurySettings;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseAlphanum1Light;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseAlphanum4;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseBooleen;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseMontant;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum10Light;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum12;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum15;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum1Light;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum6;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum8;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte160;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TBlocLignePiece;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TBlocPiece;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TEdition;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TInfoLignePiece;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TLigneDePiece;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TNatPce;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TPiece;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TTiers;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TTypPce;

import static fr.clocher.wastebilling.service.treasury.Pes.v;

/**
 * An invoice as a piece of the ORMC roll: a title of type 15 (titre ORMC), nature 01
 * (fonctionnement), {@code Edition} 07 (the treasury prints and posts the bill), the
 * article's number, debt number, period and check keys; one line per invoice line with an
 * amount, each carrying the payer as its debtor.
 */
final class PesArticles {

	private final TreasurySettings settings;

	private final RunHead run;

	private final Map<UUID, String> communes;

	PesArticles(TreasurySettings settings, RunHead run, Map<UUID, String> communes) {
		this.settings = settings;
		this.run = run;
		this.communes = communes;
	}

	TPiece piece(Article article) {
		TBlocPiece bloc = new TBlocPiece();
		bloc.setIdPce(v(BaseNum8::new, BaseNum8::setV, BigDecimal.valueOf(article.sequence())));
		bloc.setTypPce(v(TTypPce::new, TTypPce::setV, "15"));
		bloc.setNatPce(v(TNatPce::new, TNatPce::setV, "01"));
		bloc.setEdition(v(TEdition::new, TEdition::setV, "07"));
		bloc.setObjPce(v(BaseTexte160::new, BaseTexte160::setV,
				Pes.text("Redevance incitative " + this.run.label() + ", facture " + article.number(), 160)));
		long debt = article.debtNumber();
		int period = this.run.period();
		bloc.setNumDette(v(BaseNum15::new, BaseNum15::setV, BigDecimal.valueOf(debt)));
		bloc.setPer(v(BaseNum1Light::new, BaseNum1Light::setV, String.valueOf(period)));
		bloc.setCle1(v(BaseNum1Light::new, BaseNum1Light::setV, CheckKeys.first(this.settings.collectivityCode(),
				this.settings.keyNature(), this.run.year(), period, debt)));
		bloc.setCle2(
				v(BaseAlphanum1Light::new, BaseAlphanum1Light::setV, CheckKeys.second(this.run.year(), period, debt)));
		TPiece piece = new TPiece();
		piece.setBlocPiece(bloc);
		TTiers tiers = PesPayer.tiers(article, this.communes.getOrDefault(article.communeId(), ""));
		if (tiers.getAdresse() == null) {
			throw PesExport.addressProblem(List.of(article.payerReference()));
		}
		int number = 0;
		for (Article.Line line : article.lines()) {
			number++;
			TLigneDePiece ligne = new TLigneDePiece();
			ligne.setBlocLignePiece(line(number, line));
			ligne.getTiers().add(tiers);
			piece.getLigneDePiece().add(ligne);
		}
		return piece;
	}

	private TBlocLignePiece line(int number, Article.Line line) {
		TInfoLignePiece info = new TInfoLignePiece();
		info.setIdLigne(v(BaseNum6::new, BaseNum6::setV, BigDecimal.valueOf(number)));
		info.setObjLignePce(
				v(BaseTexte160::new, BaseTexte160::setV, Pes.text(line.label() + " : " + line.basis(), 160)));
		info.setCodProdLoc(v(BaseAlphanum4::new, BaseAlphanum4::setV, this.settings.productCode()));
		info.setNature(v(BaseNum12::new, BaseNum12::setV, new BigDecimal(this.settings.account())));
		if (this.settings.function() != null) {
			info.setFonction(v(BaseNum10Light::new, BaseNum10Light::setV, this.settings.function()));
		}
		info.setMajo(v(BaseBooleen::new, BaseBooleen::setV, false));
		info.setTvaIntraCom(v(BaseBooleen::new, BaseBooleen::setV, false));
		info.setMtHT(v(BaseMontant::new, BaseMontant::setV, Pes.amount(line.cents())));
		TBlocLignePiece bloc = new TBlocLignePiece();
		bloc.setInfoLignePiece(info);
		return bloc;
	}

}
