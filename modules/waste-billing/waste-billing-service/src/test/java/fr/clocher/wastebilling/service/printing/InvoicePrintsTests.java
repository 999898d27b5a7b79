package fr.clocher.wastebilling.service.printing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.wastebilling.service.TariffTests;
import fr.clocher.wastebilling.service.WasteBillingTest;
import fr.clocher.wastebilling.service.WasteBillingTestCase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an issued run hands out, read back as a payer, a screen reader and a spreadsheet
 * would: the invoice's PDF (tagged, in French, with its basis of calculation, due date,
 * payment reference and mandatory mentions), the credit note citing the invoice it
 * cancels, the run's PDF made in the background, and the ledger. The amounts are those of
 * {@code BillingRunTests}.
 */
@WasteBillingTest
class InvoicePrintsTests extends WasteBillingTestCase {

	UUID household;

	String run;

	@BeforeEach
	void aHouseholdAndARestaurantBilledForTheFirstHalf() throws Exception {
		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		this.household = this.api.household("F-1", 2, "2026-03-10", null);
		this.api.assign(this.api.bin("TAG-F1", 120), this.household, "2026-03-10", null);
		UUID restaurant = this.api.professional("R-1", "RESTAURANT", "2015-01-01");
		this.api.assign(this.api.bin("TAG-R1", 240), restaurant, "2015-01-01", null);
		String[] lifts = new String[10];
		String[] days = { "03-12", "03-26", "04-02", "04-09", "04-16", "05-07", "05-14", "05-21", "06-04", "06-18" };
		for (int i = 0; i < days.length; i++) {
			lifts[i] = "TAG-F1;2026-" + days[i] + "T06:00:00;";
		}
		this.api.lifts("premier-semestre.csv", lifts);
		this.run = JsonPath.read(this.api.post("/billing-runs", "{\"year\":2026,\"half\":1}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.api.post("/billing-runs/{id}/compute", null, this.run).andExpect(status().isOk());
	}

	@Test
	void anIssuedInvoiceIsATaggedFrenchPdfWithItsBasisDueDateAndMentions() throws Exception {
		String draft = invoiceOf("F-1");
		this.api.get("/invoices/{id}/pdf", draft)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invoice-not-issued"));
		issue();
		String number = JsonPath
			.read(this.api.get("/invoices/{id}", draft).andReturn().getResponse().getContentAsString(), "$.number");
		try (PDDocument pdf = Loader.loadPDF(pdf("/invoices/{id}/pdf", draft))) {
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Facture n° " + number + " – Famille F-1");
			String text = text(pdf);
			assertThat(text).contains(this.cc.slug(), "Facture n° " + number, "Famille F-1", "1 rue de l'Église 31450",
					"Ayguesvives", "Référence du redevable : F-1", "du 1er janvier 2026 au 30 juin 2026",
					// the basis of calculation, in words and in figures
					"Part fixe, bac de 120 L", "Levées supplémentaires, bac de 120 L",
					"10 levée(s) comptée(s), 4 incluse(s) (12 × 4/12) : 6 × 3,50 €", "bac de 120 L", "4 mois sur 12",
					"6 en plus", "prix par levée 3,50 €", "21,00 €", "77,00 €",
					"Référence de paiement : RI-" + number + "-F-1", "À payer au plus tard le",
					// who issues it, how to pay, how and before whom to contest
					"en qualité d'ordonnateur", "comptable public", "deux mois", "tribunal judiciaire", "L1617-5");
		}
		this.api.get("/invoices/{id}/pdf", UUID.randomUUID())
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("invoice-not-found"));
	}

	@Test
	void aCreditNoteIsPrintedCitingTheInvoiceItCancels() throws Exception {
		issue();
		String invoice = invoiceOf("F-1");
		String number = JsonPath
			.read(this.api.get("/invoices/{id}", invoice).andReturn().getResponse().getContentAsString(), "$.number");
		String correction = this.api.post("/invoices/{id}/correct", null, invoice)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String creditNote = JsonPath.read(correction, "$.creditNote.id");
		String creditNumber = JsonPath.read(correction, "$.creditNote.number");
		try (PDDocument pdf = Loader.loadPDF(pdf("/invoices/{id}/pdf", creditNote))) {
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(text(pdf))
				.contains("Avoir n° " + creditNumber, "Cet avoir annule la facture n° " + number, "-77,00 €",
						"Total de l'avoir", "n'est pas à payer", "tribunal judiciaire")
				.doesNotContain("Référence de paiement");
		}
		String replacement = JsonPath.read(correction, "$.replacement.id");
		assertThat(text(pdf("/invoices/{id}/pdf", replacement)))
			.contains("Cette facture remplace la facture n° " + number);
	}

	@Test
	void theRunIsPrintedInTheBackgroundAsOnePdfAndItsLedgerIsASpreadsheetsCsv() throws Exception {
		this.api.post("/billing-runs/{id}/print-jobs", null, this.run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("run-not-issued"));
		this.api.get("/billing-runs/{id}/ledger", this.run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("run-not-issued"));
		issue();
		String job = JsonPath.read(this.api.post("/billing-runs/{id}/print-jobs", null, this.run)
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.total").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String ended = this.api.ended("/run-print-jobs/{id}", job);
		assertThat((String) JsonPath.read(ended, "$.state")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(ended, "$.done")).isEqualTo(2);
		try (PDDocument pdf = Loader.loadPDF(pdf("/run-print-jobs/{id}/pdf", job))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(text(pdf)).contains("Famille F-1", "77,00 €", "Famille R-1", "330,00 €");
		}
		this.api.get("/run-print-jobs/{id}/pdf", UUID.randomUUID())
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("job-not-found"));

		byte[] ledger = this.api.get("/billing-runs/{id}/ledger", this.run)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(ledger, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\ufeffNuméro;Type;Date d'émission;Référence redevable;Nom;Commune;Montant (€);"
				+ "Facture corrigée\r\n");
		String[] rows = csv.split("\r\n");
		assertThat(rows).hasSize(3);
		assertThat(rows[1])
			.matches("\\d{4}-000001;Facture;\\d\\d/\\d\\d/\\d{4};F-1;Famille F-1;Ayguesvives \\S+;77,00;");
		assertThat(rows[2])
			.matches("\\d{4}-000002;Facture;\\d\\d/\\d\\d/\\d{4};R-1;Famille R-1;Ayguesvives \\S+;330,00;");
	}

	private void issue() throws Exception {
		this.api.post("/billing-runs/{id}/validate", null, this.run).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/issue", null, this.run).andExpect(status().isOk());
	}

	private String invoiceOf(String reference) throws Exception {
		String page = this.api.get("/billing-runs/{id}/invoices", this.run)
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<java.util.List<String>>read(page, "$.items[?(@.payerReference == '" + reference + "')].id")
			.get(0);
	}

	private byte[] pdf(String path, Object id) throws Exception {
		return this.api.get(path, id)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return text(document);
		}
	}

	private static String text(PDDocument document) throws Exception {
		return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
	}

}
