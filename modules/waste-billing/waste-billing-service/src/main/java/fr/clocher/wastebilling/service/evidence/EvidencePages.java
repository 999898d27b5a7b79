package fr.clocher.wastebilling.service.evidence;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.samskivert.mustache.Template;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SiteLink;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.wastebilling.api.Cents;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.service.evidence.Evidence.Bill;
import fr.clocher.wastebilling.service.evidence.Evidence.Lift;

/**
 * The evidence's pages on the commune's site: the form ({@code /redevance}, an ordinary
 * page of the site, the same for everyone and kept like one), and the answers to its post
 * ({@link EvidenceController}): the evidence, the one neutral refusal, the limit reached.
 */
class EvidencePages implements SitePages {

	static final String PATH = "/redevance";

	/** Where an invoice's PDF is asked for, by a post of the pair and the invoice. */
	static final String PDF_PATH = "/redevance/facture";

	static final String TITLE = "Mes levées et mes factures";

	/** The one answer to a pair that matches nothing, whichever half is wrong. */
	static final String NO_MATCH = "Aucune facture ne correspond à cette référence de redevable et à ce numéro de facture."
			+ " Vérifiez les deux sur votre facture.";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Template form;

	private final Template result;

	private final Template limited;

	EvidencePages(SiteTemplates templates) {
		this.form = templates.template("waste-billing/evidence-form");
		this.result = templates.template("waste-billing/evidence-result");
		this.limited = templates.template("waste-billing/evidence-limited");
	}

	@Override
	public String moduleKey() {
		return WasteBilling.KEY;
	}

	/**
	 * The page shows on every member commune's site of a group that bills waste, without
	 * the commune switching the module on: the lookup reads the group's data, for the
	 * commune's payers only.
	 */
	@Override
	public boolean followsGroups() {
		return true;
	}

	@Override
	public Optional<SiteContent> find(SiteRequest request) {
		return PATH.equals(request.path()) ? Optional.of(form(request, List.of(), null, null)) : Optional.empty();
	}

	@Override
	public List<SiteLink> linkable(SiteRequest request) {
		return List.of(SiteLink.to(TITLE, PATH));
	}

	/**
	 * The form, with its errors (field id → message) summed up above it and the values
	 * typed when given back.
	 */
	SitePage form(SiteRequest request, List<FieldError> errors, String reference, String number) {
		Map<String, Object> model = new HashMap<>();
		model.put("action", request.link(PATH));
		model.put("hasErrors", !errors.isEmpty());
		model.put("errorTitle", (errors.size() > 1) ? "Il y a " + errors.size() + " erreurs" : "Il y a une erreur");
		model.put("errors", errors);
		model.put("referenceInvalid", errors.stream().anyMatch((e) -> e.field().equals("reference")));
		model.put("numberInvalid", errors.stream().anyMatch((e) -> e.field().equals("number")));
		model.put("reference", reference);
		model.put("number", number);
		String title = errors.isEmpty() ? TITLE : "Erreur : " + TITLE;
		return SitePage.of(title, "Vérifier les levées de son bac et ses factures de redevance incitative.",
				this.form.execute(model));
	}

	/** The neutral answer: the empty form under the one message, nothing typed echoed. */
	SitePage noMatch(SiteRequest request) {
		return form(request, List.of(new FieldError("reference", NO_MATCH)), null, null);
	}

	SitePage evidence(SiteRequest request, Evidence evidence, String typedNumber, String pdfAction) {
		Map<String, Object> model = new HashMap<>();
		model.put("reference", evidence.reference());
		model.put("typedNumber", typedNumber);
		model.put("periodStart", DATE.format(evidence.periodStart()));
		model.put("periodEnd", DATE.format(evidence.periodEnd()));
		boolean weighed = evidence.lifts().stream().anyMatch((lift) -> lift.weightGrams() != null);
		model.put("weighed", weighed);
		model.put("hasLifts", !evidence.lifts().isEmpty());
		model.put("liftCount", (evidence.lifts().size() == 1) ? "1 levée." : evidence.lifts().size() + " levées.");
		model.put("lifts", evidence.lifts().stream().map(EvidencePages::lift).toList());
		model.put("invoices", evidence.invoices().stream().map(EvidencePages::bill).toList());
		model.put("pdfAction", pdfAction);
		model.put("formLink", request.link(PATH));
		return SitePage.of(TITLE, null, this.result.execute(model));
	}

	SitePage limited(SiteRequest request, long minutes) {
		return SitePage.of("Trop de tentatives", null,
				this.limited.execute(Map.of("minutes", minutes, "formLink", request.link(PATH))));
	}

	private static Map<String, Object> lift(Lift lift) {
		Map<String, Object> row = new HashMap<>();
		row.put("date", DATE.format(lift.at()));
		row.put("time", TIME.format(lift.at()));
		row.put("volume", lift.volumeLitres() + " L");
		row.put("weight", (lift.weightGrams() != null) ? kilograms(lift.weightGrams()) : "—");
		return row;
	}

	private static Map<String, Object> bill(Bill bill) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", bill.id());
		row.put("number", bill.number());
		row.put("kind", bill.creditNote() ? "Avoir" : "Facture");
		row.put("named", (bill.creditNote() ? "l'avoir " : "la facture ") + bill.number());
		row.put("issuedOn", DATE.format(bill.issuedOn()));
		row.put("periodStart", DATE.format(bill.periodStart()));
		row.put("periodEnd", DATE.format(bill.periodEnd()));
		row.put("total", Cents.format(bill.totalCents()));
		row.put("lines",
				bill.lines()
					.stream()
					.map((l) -> Map.of("label", l.label(), "basis", l.basis(), "amount", Cents.format(l.amountCents())))
					.toList());
		return row;
	}

	private static String kilograms(long grams) {
		String rest = Long.toString(grams % 1000);
		return (grams / 1000) + "," + "000".substring(rest.length()) + rest + " kg";
	}

	/** A field's error: the id of its input and what to do. */
	record FieldError(String field, String message) {

	}

}
