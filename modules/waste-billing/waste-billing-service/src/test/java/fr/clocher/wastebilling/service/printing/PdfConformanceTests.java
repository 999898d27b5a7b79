package fr.clocher.wastebilling.service.printing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.service.printing.Letterhead.Issuer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * veraPDF's verdict on what is printed: an invoice and a credit note are PDF/UA-1 and
 * PDF/A-3a; a run made of several chunks is PDF/UA-1 too; and the check does refuse an
 * untagged PDF.
 */
class PdfConformanceTests {

	private final InvoiceDocuments documents = new InvoiceDocuments(new SiteTemplates(), 30);

	@TempDir
	Path folder;

	@BeforeAll
	static void veraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Test
	void anInvoiceAndACreditNoteArePdfUaAndPdfA() throws Exception {
		byte[] pdf = chunk(invoice(1, InvoiceKind.INVOICE, null), invoice(2, InvoiceKind.CREDIT_NOTE, "2026-000001"));
		assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
		assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
	}

	@Test
	void aRunOfSeveralChunksIsPdfUa() throws Exception {
		Path file = this.folder.resolve("run.pdf");
		try (var out = Files.newOutputStream(file);
				StreamedPdf pdf = new StreamedPdf(out, this.folder.resolve("offsets"))) {
			pdf.append(chunk(invoice(1, InvoiceKind.INVOICE, null), invoice(2, InvoiceKind.INVOICE, null)));
			pdf.append(chunk(invoice(3, InvoiceKind.CREDIT_NOTE, "2026-000001")));
			pdf.finish();
		}
		assertThat(failures(Files.readAllBytes(file), PDFAFlavour.PDFUA_1)).isEmpty();
	}

	@Test
	void theCheckRefusesAnUntaggedPdf() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument untagged = new PDDocument()) {
			untagged.addPage(new PDPage());
			untagged.save(out);
		}
		assertThat(failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
	}

	private byte[] chunk(PrintedInvoice... invoices) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.documents.write("Factures", List.of(invoices), new Issuer("Communauté test", null),
				(invoice) -> "Ayguesvives", out);
		return out.toByteArray();
	}

	/** The rules the PDF breaks, with where and how often. */
	private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
		try (InputStream in = new ByteArrayInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ " " + assertion.getMessage() + " at " + assertion.getLocation().getContext())
				.distinct()
				.toList();
		}
	}

	private static PrintedInvoice invoice(int payer, InvoiceKind kind, String corrects) {
		long sign = (kind == InvoiceKind.INVOICE) ? 1 : -1;
		return new PrintedInvoice(UUID.randomUUID(), "2026-00000" + payer, kind, Instant.parse("2026-07-06T08:00:00Z"),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "P-" + payer, "Famille P-" + payer,
				payer + " rue du Lavoir 31450", UUID.randomUUID(), corrects, sign * 6_100,
				List.of(new InvoiceLine(LineCode.FIXED_BIN, "Part fixe, bac de 120 L", "120,00 € × 4/12", 4, 120, null,
						null, null, null, null, 12_000L, sign * 4_000),
						new InvoiceLine(LineCode.EXTRA_LIFTS, "Levées supplémentaires, bac de 120 L",
								"10 levée(s) comptée(s), 4 incluse(s) (12 × 4/12) : 6 × 3,50 €", 4, 120, null, 10, 4, 6,
								null, 350L, sign * 2_100)));
	}

}
