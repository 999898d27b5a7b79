package fr.clocher.wastebilling.service.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.datatype.DatatypeConstants;

import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.TreasurySettings.Bills;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseAlphanum13;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseAlphanum18;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseAlphanum2;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseAnnee;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseBooleen;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseDate;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseMontant;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseMontantLight;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum15;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum1Light;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum2;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum3;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum7;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum8;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTauxLight;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte10;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte160;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte200;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte250;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte37;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte38;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte420;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte5;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte50;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TAdresse;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TCatTiers;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TNatJur;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TTypTiersFacture;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TAdresseFacture;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TFacturePESIndiv;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TInfoSuppl;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TInfoTiersFacture;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TLigneFacture;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TPersonneSignataire;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TRefORMC;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TSignataire;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TTiersEmetteur;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TTiersFacture;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TTotalAPayer;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TTypAdr;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TTypeFacture;

import static fr.clocher.wastebilling.service.treasury.Pes.postal;
import static fr.clocher.wastebilling.service.treasury.Pes.v;

/**
 * The bills the treasury prints and posts for the roll ({@code Edition} 07): a
 * {@code PES_Facture} of type 11 (ASAP ORMC), as the annotations of {@code NS_Facture/r0}
 * require of it: the issuer (the collectivity, its address, its Banque de France issuer
 * number, who signs), exactly one collection centre (type 25, "CENTRE D'ENCAISSEMENT /
 * DES FINANCES PUBLIQUES", no street) and one public finance centre (type 26, the posting
 * office's name and street), then one individual bill per article: the payer and its
 * address, the lines with their basis and amount (no VAT), the total, the reference to
 * the article ({@code RefORMC}: year, roll, article, debt number, period, the product
 * code's first two characters), how to pay (with the slip, no direct debit), how to
 * contest.
 */
final class PesBills {

	/** How the bills are paid: no direct debit is offered. */
	static final String PAYMENT = "Le prélèvement automatique n'est pas proposé pour cette redevance :"
			+ " payez avec le talon joint ou selon les moyens indiqués sur l'avis.";

	/** How a bill is contested (art. L1617-5, 2°, CGCT). */
	static final String CONTEST = "Vous pouvez contester cette somme dans les deux mois suivant la réception de cet avis"
			+ " devant le tribunal judiciaire (article L1617-5, 2°, du code général des collectivités territoriales).";

	static final String CONDITIONS = "Redevance incitative d'enlèvement des ordures ménagères (article L2333-76 du CGCT),"
			+ " service public industriel et commercial ; facturée sans TVA.";

	private final TreasurySettings settings;

	private final Bills bills;

	private final RunHead run;

	private final LocalDate issued;

	private final Map<UUID, String> communes;

	PesBills(TreasurySettings settings, RunHead run, LocalDate issued, Map<UUID, String> communes) {
		this.settings = settings;
		this.bills = settings.bills();
		this.run = run;
		this.issued = issued;
		this.communes = communes;
	}

	BaseNum2 version() {
		return v(BaseNum2::new, BaseNum2::setV, BigDecimal.TWO);
	}

	BaseAnnee year() {
		return v(BaseAnnee::new, BaseAnnee::setV,
				Pes.DATES.newXMLGregorianCalendarDate(this.run.year(), DatatypeConstants.FIELD_UNDEFINED,
						DatatypeConstants.FIELD_UNDEFINED, DatatypeConstants.FIELD_UNDEFINED));
	}

	/** Type 11: the bills of an ORMC roll, printed by the DGFiP. */
	TTypeFacture type() {
		return v(TTypeFacture::new, TTypeFacture::setV, "11");
	}

	BaseDate date() {
		return v(BaseDate::new, BaseDate::setV, Pes.date(this.issued));
	}

	BaseTexte37 nature() {
		return v(BaseTexte37::new, BaseTexte37::setV, "Redevance incitative");
	}

	TTiersEmetteur issuer(boolean commune) {
		TInfoTiersFacture info = info(commune ? "23" : "24", "09", "20", this.bills.issuerName());
		TTiersEmetteur issuer = new TTiersEmetteur();
		issuer.setInfoTiers(info);
		issuer.setAdresse(
				address(null, this.bills.issuerStreet(), null, this.bills.issuerPostcode(), this.bills.issuerCity()));
		TInfoSuppl more = new TInfoSuppl();
		more.setRefBdf(v(BaseAlphanum13::new, BaseAlphanum13::setV, this.bills.issuerNumber()));
		issuer.setInfoSuppl(more);
		TPersonneSignataire person = new TPersonneSignataire();
		person.setNom(v(BaseTexte38::new, BaseTexte38::setV, postal(this.bills.signatoryName(), 38)));
		person.setPrenom(v(BaseTexte38::new, BaseTexte38::setV, postal(this.bills.signatoryFirstName(), 38)));
		TSignataire signatory = new TSignataire();
		signatory.setPersonne(person);
		signatory.setRole(v(BaseTexte50::new, BaseTexte50::setV, Pes.text(this.bills.signatoryRole(), 50)));
		issuer.setSignataire(signatory);
		return issuer;
	}

	/** The collection centre (type 25) and the public finance centre (type 26). */
	List<TTiersFacture> centres() {
		TInfoTiersFacture collection = info("20", "07", "25", "CENTRE D'ENCAISSEMENT");
		collection.setComplNom(v(BaseTexte38::new, BaseTexte38::setV, "DES FINANCES PUBLIQUES"));
		TTiersFacture first = new TTiersFacture();
		first.setInfoTiers(collection);
		first.setAdresse(address(null, null, this.bills.collectionTsa(), this.bills.collectionPostcode(),
				this.bills.collectionCity()));
		TTiersFacture second = new TTiersFacture();
		second.setInfoTiers(info("20", "07", "26", this.settings.postingOfficeName()));
		second.setAdresse(
				address(null, this.bills.centreStreet(), null, this.bills.centrePostcode(), this.bills.centreCity()));
		return List.of(first, second);
	}

	/** The article's bill, in the roll {@code roll}. */
	TFacturePESIndiv bill(Article article, int roll) {
		TFacturePESIndiv bill = new TFacturePESIndiv();
		bill.setDateEmission(date());
		bill.setNumeroFacture(v(BaseTexte50::new, BaseTexte50::setV, article.number()));
		bill.setDebiteur(debtor(article));
		bill.setObjet(v(BaseTexte160::new, BaseTexte160::setV,
				Pes.text("Redevance incitative " + this.run.label() + ", facture " + article.number(), 160)));
		long total = 0;
		int order = 0;
		for (Article.Line line : article.lines()) {
			bill.getLigneFacture().add(line(++order, line));
			total += line.cents();
		}
		TTotalAPayer due = new TTotalAPayer();
		due.setMtTotalHT(v(BaseMontant::new, BaseMontant::setV, Pes.amount(total)));
		due.setMtTotalTVA(v(BaseMontantLight::new, BaseMontantLight::setV, Pes.amount(0)));
		due.setMtTotalTTC(v(BaseMontant::new, BaseMontant::setV, Pes.amount(total)));
		bill.setTotalAPayer(due);
		TRefORMC reference = new TRefORMC();
		reference.setExercice(year());
		reference.setNumRole(v(BaseNum7::new, BaseNum7::setV, BigDecimal.valueOf(roll)));
		reference.setNumArticle(v(BaseNum8::new, BaseNum8::setV, BigDecimal.valueOf(article.sequence())));
		reference.setNumDette(v(BaseNum15::new, BaseNum15::setV, BigDecimal.valueOf(article.debtNumber())));
		reference.setPer(v(BaseNum1Light::new, BaseNum1Light::setV, String.valueOf(this.run.period())));
		reference.setCodProdLoc(v(BaseAlphanum2::new, BaseAlphanum2::setV, productCode(this.settings)));
		bill.setRefORMC(reference);
		bill.setModalitesReglement(v(BaseTexte250::new, BaseTexte250::setV, PAYMENT));
		bill.setModalitesContestation(v(BaseTexte420::new, BaseTexte420::setV, CONTEST));
		// with a payment slip, no TIP (Class_FacturePESIndiv.xsd, ModeRecouvrement)
		bill.setModeRecouvrement(v(BaseBooleen::new, BaseBooleen::setV, true));
		bill.setConditionsGen(v(BaseTexte250::new, BaseTexte250::setV, CONDITIONS));
		return bill;
	}

	/**
	 * The product code of {@code RefORMC}: "the first two characters of the local product
	 * code the sub-articles carry" (the whole code when it has one).
	 */
	static String productCode(TreasurySettings settings) {
		String code = settings.productCode();
		return (code.length() > 2) ? code.substring(0, 2) : code;
	}

	private TTiersFacture debtor(Article article) {
		boolean person = article.kind() == PayerKind.HOUSEHOLD;
		TInfoTiersFacture info = info(person ? "01" : "50", person ? "01" : "03", "01", article.name());
		if (person) {
			info.setCivilite(v(BaseTexte10::new, BaseTexte10::setV, article.civility().abbreviation()));
			info.setPrenom(v(BaseTexte38::new, BaseTexte38::setV, postal(article.firstName(), 38)));
		}
		else if (article.siret() != null) {
			// printed on the bill when a SIRET (Class_TiersFacture.xsd, IdTiers)
			info.setIdTiers(v(BaseAlphanum18::new, BaseAlphanum18::setV, article.siret()));
		}
		TTiersFacture debtor = new TTiersFacture();
		debtor.setInfoTiers(info);
		TAdresse address = PesPayer.address(article.address(), this.communes.getOrDefault(article.communeId(), ""));
		if (address == null) {
			throw PesExport.addressProblem(List.of(article.payerReference()));
		}
		debtor.setAdresse(address((address.getAdr1() != null) ? address.getAdr1().getV() : null,
				address.getAdr2().getV(), (address.getAdr3() != null) ? address.getAdr3().getV() : null,
				address.getCP().getV(), address.getVille().getV()));
		return debtor;
	}

	private TLigneFacture line(int order, Article.Line line) {
		TLigneFacture bill = new TLigneFacture();
		bill.setDateDebut(v(BaseDate::new, BaseDate::setV, Pes.date(this.run.start())));
		bill.setDateFin(v(BaseDate::new, BaseDate::setV, Pes.date(this.run.end())));
		boolean discount = line.cents() < 0;
		bill.setLibelle(v(BaseTexte200::new, BaseTexte200::setV,
				Pes.text((discount ? "Remise : " : "") + line.label() + " : " + line.basis(), 200)));
		BigDecimal amount = Pes.amount(Math.abs(line.cents()));
		if (discount) {
			bill.setMtRemise(v(BaseMontant::new, BaseMontant::setV, amount));
		}
		else {
			bill.setMtBase(v(BaseMontant::new, BaseMontant::setV, amount));
		}
		bill.setMtHT(v(BaseMontant::new, BaseMontant::setV, Pes.amount(line.cents())));
		bill.setTauxTVA(v(BaseTauxLight::new, BaseTauxLight::setV, BigDecimal.ZERO));
		bill.setMtTVA(v(BaseMontantLight::new, BaseMontantLight::setV, Pes.amount(0)));
		bill.setMtTTC(v(BaseMontant::new, BaseMontant::setV, Pes.amount(line.cents())));
		bill.setOrdre(v(BaseNum3::new, BaseNum3::setV, BigDecimal.valueOf(order)));
		return bill;
	}

	private static TInfoTiersFacture info(String category, String nature, String type, String name) {
		TInfoTiersFacture info = new TInfoTiersFacture();
		info.setCatTiers(v(TCatTiers::new, TCatTiers::setV, category));
		info.setNatJur(v(TNatJur::new, TNatJur::setV, nature));
		info.setTypTiers(v(TTypTiersFacture::new, TTypTiersFacture::setV, type));
		info.setNom(v(BaseTexte38::new, BaseTexte38::setV, postal(name, 38)));
		return info;
	}

	/** An address in the postal norm, resident in France; null parts left out. */
	private static TAdresseFacture address(String line1, String street, String extra, String postcode, String town) {
		TAdresseFacture address = new TAdresseFacture();
		address.setTypAdr(v(TTypAdr::new, TTypAdr::setV, "1"));
		if (line1 != null) {
			address.setAdr1(v(BaseTexte38::new, BaseTexte38::setV, postal(line1, 38)));
		}
		if (street != null) {
			address.setAdr2(v(BaseTexte38::new, BaseTexte38::setV, postal(street, 38)));
		}
		if (extra != null) {
			address.setAdr3(v(BaseTexte38::new, BaseTexte38::setV, postal(extra, 38)));
		}
		address.setCP(v(BaseTexte5::new, BaseTexte5::setV, postcode));
		address.setVille(v(BaseTexte38::new, BaseTexte38::setV, postal(town, 38)));
		address.setCodRes(v(BaseBooleen::new, BaseBooleen::setV, false));
		return address;
	}

}
