package fr.clocher.wastebilling.service.printing;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.service.printing.Letterhead.Issuer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tagged chunks appended one after the other make one tagged PDF: every page in order,
 * every chunk's text, one {@code Document} element with a part per chunk, and each page's
 * marked content still found through the document's parent tree (its keys shifted chunk
 * after chunk).
 */
class StreamedPdfTests {

	@TempDir
	Path folder;

	@Test
	void threeChunksMakeOneTaggedDocument() throws Exception {
		InvoiceDocuments documents = new InvoiceDocuments(new SiteTemplates(), 30);
		Path file = this.folder.resolve("run.pdf");
		try (var out = Files.newOutputStream(file);
				StreamedPdf pdf = new StreamedPdf(out, this.folder.resolve("offsets"))) {
			int payer = 0;
			for (int chunk : new int[] { 2, 1, 3 }) {
				List<PrintedInvoice> invoices = new ArrayList<>();
				for (int i = 0; i < chunk; i++) {
					invoices.add(invoice(++payer));
				}
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				documents.write("Factures de la période", invoices, new Issuer("Communauté test", null),
						(invoice) -> "Ayguesvives", bytes);
				pdf.append(bytes.toByteArray());
			}
			pdf.finish();
		}
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(6);
			String text = new PDFTextStripper().getText(document);
			for (int payer = 1; payer <= 6; payer++) {
				assertThat(text).contains("Famille P-" + payer, "2026-00000" + payer);
			}
			assertThat(text.indexOf("Famille P-1")).isLessThan(text.indexOf("Famille P-6"));
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Factures de la période");
			PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
			PDStructureElement top = (PDStructureElement) root.getKids().get(0);
			assertThat(top.getStructureType()).isEqualTo("Document");
			assertThat(top.getKids()).hasSize(3)
				.allSatisfy((part) -> assertThat(((PDStructureElement) part).getStructureType()).isEqualTo("Part"));
			List<Integer> keys = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				keys.add(page.getStructParents());
				assertThat(root.getParentTree().getValue(page.getStructParents())).as("the page's marked content")
					.isNotNull();
			}
			assertThat(keys).doesNotHaveDuplicates();
			assertThat(root.getParentTreeNextKey())
				.isGreaterThan(keys.stream().mapToInt(Integer::intValue).max().orElseThrow());
		}
	}

	private static PrintedInvoice invoice(int payer) {
		return new PrintedInvoice(UUID.randomUUID(), "2026-00000" + payer, InvoiceKind.INVOICE,
				Instant.parse("2026-07-06T08:00:00Z"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
				"P-" + payer, "Famille P-" + payer, payer + " rue du Lavoir 31450", UUID.randomUUID(), null, 4_000,
				List.of(new InvoiceLine(LineCode.FIXED_BIN, "Part fixe bac 120 L", "6/12 × 80,00 €", 6, 120, null, null,
						null, null, null, 8_000L, 4_000)));
	}

}
