package fr.clocher.wastebilling.service.printing;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.samskivert.mustache.Template;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.wastebilling.api.Cents;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.service.printing.Letterhead.Issuer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.core.io.ClassPathResource;

/**
 * Invoices and credit notes as one tagged PDF (PDF/UA, PDF/A-3a) in French, from the
 * XHTML template {@code waste-billing/print/invoices}: DejaVu Sans embedded (shipped in
 * this jar, with its licence), an sRGB output intent, one document after another, each
 * starting a page.
 */
class InvoiceDocuments {

	private static final String FONT = "DejaVu Sans";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	private final Template template;

	private final int paymentDays;

	private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	InvoiceDocuments(SiteTemplates templates, int paymentDays) {
		this.template = templates.template("waste-billing/print/invoices");
		this.paymentDays = paymentDays;
	}

	/**
	 * Writes the documents as one PDF.
	 * @param title the PDF's title (what a screen reader announces first)
	 * @param documents issued invoices and credit notes, with their lines
	 * @param issuer who issues them
	 * @param communes the member communes' names by id
	 * @param out where the PDF goes
	 */
	void write(String title, List<PrintedInvoice> documents, Issuer issuer, Function<PrintedInvoice, String> communes,
			OutputStream out) {
		PdfRendererBuilder builder = builder(title, documents, issuer, communes);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Renders the documents as one PDF to be appended to a run's PDF. openhtmltopdf saves
	 * with PDFBox's default compression, packing every small object in object streams
	 * that the run's PDF would parse back whole (half the time of a run's print went
	 * there); saved without compression, its objects are read one by one as they are
	 * copied. (PDFBox subsets and embeds the fonts when a document is saved, so it is
	 * saved once in any case.)
	 * @return the PDF, for the caller to close
	 */
	PDDocument render(String title, List<PrintedInvoice> documents, Issuer issuer,
			Function<PrintedInvoice, String> communes) {
		PdfRendererBuilder builder = builder(title, documents, issuer, communes);
		ByteArrayOutputStream saved = new ByteArrayOutputStream(1 << 20);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			try (PDDocument pdf = renderer.createPDFKeepOpen()) {
				pdf.save(saved, CompressParameters.NO_COMPRESSION);
			}
			return Loader.loadPDF(saved.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private PdfRendererBuilder builder(String title, List<PrintedInvoice> documents, Issuer issuer,
			Function<PrintedInvoice, String> communes) {
		Map<String, Object> model = new HashMap<>();
		model.put("title", title);
		model.put("issuer", issuer.name());
		List<Map<String, Object>> shown = new ArrayList<>();
		for (PrintedInvoice document : documents) {
			Map<String, Object> one = document(document, communes.apply(document));
			one.put("first", shown.isEmpty());
			one.put("issuer", issuer.name());
			one.put("logo", issuer.logo());
			shown.add(one);
		}
		model.put("documents", shown);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
		builder.useColorProfile(this.srgb);
		builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
		builder.withHtmlContent(this.template.execute(model), null);
		return builder;
	}

	/** The title of one document: {@code Facture n° 2026-000001 – Famille Martin}. */
	static String title(PrintedInvoice document) {
		return heading(document) + " – " + document.payerName();
	}

	private Map<String, Object> document(PrintedInvoice document, String commune) {
		boolean invoice = document.kind() == InvoiceKind.INVOICE;
		LocalDate issued = document.issuedAt().atZone(Paris.ZONE).toLocalDate();
		Map<String, Object> model = new HashMap<>();
		model.put("heading", heading(document));
		model.put("invoice", invoice);
		model.put("payerName", document.payerName());
		model.put("payerAddress", document.payerAddress());
		model.put("commune", commune);
		model.put("payerReference", document.payerReference());
		model.put("periodStart", day(document.periodStart()));
		model.put("periodEnd", day(document.periodEnd()));
		model.put("issuedOn", day(issued));
		model.put("dueOn", day(issued.plusDays(this.paymentDays)));
		model.put("paymentReference", paymentReference(document));
		model.put("correctsNumber", invoice ? null : document.correctsNumber());
		model.put("replacesNumber", invoice ? document.correctsNumber() : null);
		model.put("lines", document.lines().stream().map(InvoiceDocuments::line).toList());
		model.put("totalLabel", invoice ? "Total à payer" : "Total de l'avoir");
		model.put("total", Cents.format(document.totalCents()));
		return model;
	}

	/** What the payer quotes when paying: {@code RI-2026-000001-F-1}. */
	static String paymentReference(PrintedInvoice document) {
		return "RI-" + document.number() + "-" + document.payerReference();
	}

	private static String heading(PrintedInvoice document) {
		return ((document.kind() == InvoiceKind.INVOICE) ? "Facture n° " : "Avoir n° ") + document.number();
	}

	private static Map<String, Object> line(InvoiceLine line) {
		return Map.of("label", line.label(), "basis", line.basis(), "details", details(line), "amount",
				Cents.format(line.amountCents()));
	}

	/** The line's figures in words: its basis of calculation, all of it. */
	static String details(InvoiceLine line) {
		List<String> parts = new ArrayList<>();
		if (line.volumeLitres() != null) {
			parts.add("bac de " + line.volumeLitres() + " L");
		}
		if (line.persons() != null) {
			parts.add(line.persons() + " personne(s)");
		}
		if (line.months() != null) {
			parts.add(line.months() + " mois sur 12");
		}
		if (line.liftsCounted() != null) {
			parts.add(line.liftsCounted() + " levée(s) comptée(s)");
		}
		if (line.liftsIncluded() != null) {
			parts.add(line.liftsIncluded() + " incluse(s)");
		}
		if (line.extraLifts() != null) {
			parts.add(line.extraLifts() + " en plus");
		}
		if (line.weightGrams() != null) {
			parts.add(BigDecimal.valueOf(line.weightGrams(), 3).toPlainString().replace('.', ',') + " kg");
		}
		if (line.unitCents() != null) {
			parts.add(unit(line.code()) + " " + Cents.format(line.unitCents()));
		}
		return String.join(" · ", parts);
	}

	private static String unit(LineCode code) {
		return switch (code) {
			case EXTRA_LIFTS -> "prix par levée";
			case WEIGHT -> "prix par kg";
			default -> "tarif annuel";
		};
	}

	/** {@code 1er janvier 2026}, {@code 30 juin 2026}. */
	static String day(LocalDate date) {
		String text = DAY.format(date);
		return (date.getDayOfMonth() == 1) ? "1er" + text.substring(1) : text;
	}

	private static InputStream font(String name) {
		try {
			return new ClassPathResource("fonts/waste-billing/" + name).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
