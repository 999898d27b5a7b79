package fr.clocher.wastebilling.service.treasury;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.wastebilling.service.Intercommunality;
import fr.clocher.wastebilling.service.TariffTests;
import fr.clocher.wastebilling.service.WasteBillingTest;
import fr.clocher.wastebilling.service.WasteBillingTestCase;
import fr.clocher.wastebilling.service.WasteRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The PES file of a worked example: a household arriving in March with extra lifts, a
 * restaurant with extra lifts and a household within its included lifts, issued. The file
 * validates against the DGFiP's schema, its totals are the run's to the cent, each
 * article carries its invoice's debt number and the check keys of the stated rule, each
 * payer is the debtor the treasury expects; and no file is made for a run not issued or
 * without the treasury identifiers.
 */
@WasteBillingTest
class PesExportTests extends WasteBillingTestCase {

	static final String SETTINGS = """
			{"postingOffice":"031042","postingOfficeName":"SGC Castanet-Tolosan","siret":"24310063300011",
			 "collectivityCode":"031","budgetCode":"02","budgetName":"Budget annexe déchets",
			 "productCode":"REOM","account":"70612","function":"812","keyNature":"12",
			 "bills":{"issuerName":"Communauté de communes du Lauragais","issuerStreet":"2 avenue de la Gare",
			  "issuerPostcode":"31450","issuerCity":"Ayguesvives","issuerNumber":"123456",
			  "signatoryName":"Martin","signatoryFirstName":"Hélène","signatoryRole":"La Présidente",
			  "centreStreet":"12 rue des Écoles","centrePostcode":"31320","centreCity":"Castanet-Tolosan",
			  "collectionTsa":"TSA 12345","collectionPostcode":"35908","collectionCity":"Rennes Cedex 9"}}
			""";

	String run;

	@BeforeEach
	void threePayersBilledForTheFirstHalf() throws Exception {
		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		UUID arriving = this.api.household("F-1", 2, "2026-03-10", null);
		UUID bin = this.api.bin("TAG-F1", 120);
		this.api.assign(bin, arriving, "2026-03-10", null);
		UUID restaurant = this.api.professional("R-1", "RESTAURANT", "2015-01-01");
		UUID big = this.api.bin("TAG-R1", 240);
		this.api.assign(big, restaurant, "2015-01-01", null);
		UUID settled = this.api.household("H-2", 1, "2015-01-01", null);
		UUID small = this.api.bin("TAG-H2", 120);
		this.api.assign(small, settled, "2015-01-01", null);
		List<String> lifts = new ArrayList<>();
		for (String day : new String[] { "03-12", "03-26", "04-02", "04-09", "04-16", "05-07", "05-14", "05-21",
				"06-04", "06-18" }) {
			lifts.add("TAG-F1;2026-" + day + "T06:00:00;");
		}
		for (int month = 1; month <= 6; month++) {
			lifts.add("TAG-R1;2026-0" + month + "-05T05:00:00;");
			if (month <= 2) {
				lifts.add("TAG-R1;2026-0" + month + "-20T05:00:00;");
			}
		}
		lifts.add("TAG-H2;2026-02-03T06:00:00;");
		lifts.add("TAG-H2;2026-05-03T06:00:00;");
		this.api.lifts("premier-semestre.csv", lifts.toArray(String[]::new));
		this.run = JsonPath.read(this.api.post("/billing-runs", "{\"year\":2026,\"half\":1}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.api.post("/billing-runs/{id}/compute", null, this.run).andExpect(status().isOk());
	}

	@Test
	void anIssuedRunGivesAValidRollWhoseTotalsAreTheRunsAndWhoseArticlesCarryTheirKeys() throws Exception {
		issue();
		this.api.put("/treasury-settings", SETTINGS).andExpect(status().isOk());
		long runTotal = ((Number) JsonPath.read(
				this.api.get("/billing-runs/{id}", this.run).andReturn().getResponse().getContentAsString(),
				"$.totalCents"))
			.longValue();
		// F-1: 7,700 (extra lifts 2,100); R-1: 34,200 (extra lifts 1,200); H-2: 6,000 +
		// 1,200
		assertThat(runTotal).isEqualTo(7_700 + 34_200 + 7_200);
		String invoices = this.api.get("/billing-runs/{id}/invoices", this.run)
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document pes = validFile("/billing-runs/{id}/pes", this.run);
		assertThat(value(pes, "TypFic")).isEqualTo("PESORMC");
		assertThat(value(pes, "IdPost")).isEqualTo("031042");
		assertThat(value(pes, "IdColl")).isEqualTo("24310063300011");
		assertThat(value(pes, "CodCol")).isEqualTo("031");
		assertThat(value(pes, "CodBud")).isEqualTo("02");
		assertThat(values(pes, "Bordereau")).hasSize(1);
		assertThat(value(pes, "TypBord")).isEqualTo("06");
		assertThat(value(pes, "IdBord")).isEqualTo("1");
		assertThat(value(pes, "Exer")).isEqualTo("2026");
		assertThat(value(pes, "NbrPce")).isEqualTo("3");
		assertThat(cents(value(pes, "MtBordHt"))).isEqualTo(runTotal);
		assertThat(values(pes, "MtHT").stream().mapToLong(PesExportTests::cents).sum()).isEqualTo(runTotal);
		assertThat(values(pes, "TypPce")).containsOnly("15");
		assertThat(values(pes, "Edition")).containsOnly("07");
		assertThat(values(pes, "CodProdLoc")).containsOnly("REOM");
		assertThat(values(pes, "Nature")).containsOnly("70612");

		List<String> numbers = JsonPath.read(invoices, "$.items[*].number");
		NodeList pieces = pes.getElementsByTagName("Piece");
		List<String> debts = new ArrayList<>();
		for (int i = 0; i < pieces.getLength(); i++) {
			Element piece = (Element) pieces.item(i);
			String debt = value(piece, "NumDette");
			debts.add(debt);
			assertThat(value(piece, "Per")).isEqualTo("1");
			BigInteger first = new BigInteger("031" + "12" + "26" + "1" + debt);
			assertThat(value(piece, "Cle1"))
				.isEqualTo(String.valueOf(first.mod(BigInteger.valueOf(11)).intValue() % 10));
			BigInteger second = new BigInteger("26" + "1" + "00" + debt);
			assertThat(value(piece, "Cle2"))
				.isEqualTo(String.valueOf((char) ('A' + second.mod(BigInteger.valueOf(23)).intValue())));
			long pieceCents = values(piece, "MtHT").stream().mapToLong(PesExportTests::cents).sum();
			String reference = value(piece, "RefTiers");
			List<Number> totals = JsonPath.read(invoices,
					"$.items[?(@.payerReference == '" + reference + "')].totalCents");
			long invoiceTotal = totals.get(0).longValue();
			assertThat(pieceCents).as(reference).isEqualTo(invoiceTotal);
			String category = value(piece, "CatTiers");
			assertThat(category).isEqualTo(reference.startsWith("R-") ? "50" : "01");
			assertThat(value(piece, "NatJur")).isEqualTo(reference.startsWith("R-") ? "03" : "01");
			assertThat(value(piece, "Nom")).isEqualTo("FAMILLE " + reference);
			if (reference.startsWith("R-")) {
				assertThat(values(piece, "Civilite")).isEmpty();
				assertThat(values(piece, "Prenom")).isEmpty();
				assertThat(values(piece, "IdTiers")).containsOnly(WasteRequests.SIRET);
				assertThat(values(piece, "NatIdTiers")).containsOnly("01");
			}
			else {
				assertThat(values(piece, "Civilite")).containsOnly("MME");
				assertThat(values(piece, "Prenom")).containsOnly("ANNE");
				assertThat(values(piece, "IdTiers")).isEmpty();
			}
			assertThat(value(piece, "Adr2")).isEqualTo("1 RUE DE L'EGLISE");
			assertThat(value(piece, "CP")).isEqualTo("31450");
			assertThat(value(piece, "Ville")).startsWith("AYGUESVIVES");
		}
		assertThat(debts).containsExactlyInAnyOrderElementsOf(numbers.stream()
			.map((number) -> number.replace("-", ""))
			.map((n) -> String.valueOf(Long.parseLong(n)))
			.toList());
		// the extra lifts are sub-articles of their own
		assertThat(values(pes, "ObjLignePce")).filteredOn((object) -> object.startsWith("Levées supplémentaires"))
			.hasSize(2);
		billsAttachedForTheTreasuryToPrint(pes, invoices);
	}

	/**
	 * Edition 07: each piece refers (PJRef, type 006, electronic) to a PES_Facture of
	 * type 11 attached in PES_PJ, gzipped then base64; the attachment validates against
	 * the same schema on its own, and holds what the annotations require of an ORMC bill,
	 * which the schema cannot say (one collection centre, one public finance centre, the
	 * issuer's street, signatory and issuer number, each debtor's street, RefORMC
	 * matching its article, totals to the cent).
	 */
	private void billsAttachedForTheTreasuryToPrint(Document pes, String invoices) throws Exception {
		NodeList attachments = pes.getElementsByTagName("PJ");
		assertThat(attachments.getLength()).isEqualTo(1);
		Element attachment = (Element) attachments.item(0);
		assertThat(value(attachment, "TypePJ")).isEqualTo("006");
		assertThat(value(attachment, "NomPJ")).startsWith("PES_FACTURE_24310063300011_2026-S1_").endsWith(".xml");
		String id = value(attachment, "IdUnique");
		assertThat(id).matches("PESFACT2431006330001120261[0-9]{14}0001");
		Element fichier = (Element) attachment.getElementsByTagName("Fichier").item(0);
		assertThat(fichier.getAttribute("MIMEType")).isEqualTo("text/xml");
		byte[] content;
		try (InputStream in = new GZIPInputStream(
				new ByteArrayInputStream(Base64.getMimeDecoder().decode(fichier.getTextContent())))) {
			content = in.readAllBytes();
		}
		Document bills = validDocument(content);
		// the schema does check the attachment: a type of bill it does not know is
		// refused
		String text = new String(content, StandardCharsets.UTF_8);
		String unknownType = text.replaceFirst("(<TypeFact[^>]*) V=\"11\"", "$1 V=\"99\"");
		assertThat(unknownType).isNotEqualTo(text);
		assertThatThrownBy(() -> validDocument(unknownType.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(SAXException.class)
			.hasMessageContaining("99");
		assertThat(value(bills, "TypeFact")).isEqualTo("11");
		assertThat(value(bills, "Annee")).isEqualTo("2026");
		Element issuer = children(bills.getDocumentElement(), "PES_Facture", "Emetteur").get(0);
		assertThat(value(issuer, "Nom")).isEqualTo("COMMUNAUTE DE COMMUNES DU LAURAGAIS");
		assertThat(value(issuer, "Adr2")).isEqualTo("2 AVENUE DE LA GARE");
		assertThat(value(issuer, "RefBdf")).isEqualTo("123456");
		assertThat(value(issuer, "Role")).isEqualTo("La Présidente");
		assertThat(values(issuer, "Prenom")).containsExactly("HELENE");
		List<Element> centres = children(bills.getDocumentElement(), "PES_Facture", "Tiers");
		assertThat(centres).extracting((centre) -> value(centre, "TypTiers")).containsExactly("25", "26");
		assertThat(value(centres.get(0), "Nom")).isEqualTo("CENTRE D'ENCAISSEMENT");
		assertThat(value(centres.get(0), "ComplNom")).isEqualTo("DES FINANCES PUBLIQUES");
		assertThat(values(centres.get(0), "Adr1")).isEmpty();
		assertThat(values(centres.get(0), "Adr2")).isEmpty();
		assertThat(value(centres.get(0), "Adr3")).isEqualTo("TSA 12345");
		assertThat(value(centres.get(0), "CP")).isEqualTo("35908");
		assertThat(value(centres.get(1), "Nom")).isEqualTo("SGC CASTANET-TOLOSAN");
		assertThat(value(centres.get(1), "Adr2")).isEqualTo("12 RUE DES ECOLES");
		NodeList pieces = pes.getElementsByTagName("Piece");
		NodeList individual = bills.getElementsByTagName("FactureIndiv");
		assertThat(individual.getLength()).isEqualTo(pieces.getLength());
		for (int i = 0; i < pieces.getLength(); i++) {
			Element piece = (Element) pieces.item(i);
			Element reference = (Element) piece.getElementsByTagName("PJRef").item(0);
			assertThat(value(reference, "Support")).isEqualTo("01");
			assertThat(value(reference, "IdUnique")).isEqualTo(id);
			assertThat(value(reference, "TypePJ")).isEqualTo("006");
			Element bill = (Element) individual.item(i);
			Element orm = (Element) bill.getElementsByTagName("RefORMC").item(0);
			assertThat(value(orm, "NumArticle")).isEqualTo(value(piece, "IdPce"));
			assertThat(value(orm, "NumDette")).isEqualTo(value(piece, "NumDette"));
			assertThat(value(orm, "Per")).isEqualTo(value(piece, "Per"));
			assertThat(value(orm, "NumRole")).isEqualTo(value(pes, "IdBord"));
			assertThat(value(orm, "CodProdLoc")).isEqualTo("RE");
			String reference2 = value(piece, "RefTiers");
			List<String> number = JsonPath.read(invoices,
					"$.items[?(@.payerReference == '" + reference2 + "')].number");
			assertThat(value(bill, "NumeroFacture")).isEqualTo(number.get(0));
			Element debtor = (Element) bill.getElementsByTagName("Debiteur").item(0);
			assertThat(value(debtor, "Adr2")).isEqualTo("1 RUE DE L'EGLISE");
			assertThat(value(debtor, "CodRes")).isEqualTo("false");
			long lines = values(bill, "MtHT").stream().mapToLong(PesExportTests::cents).sum();
			assertThat(lines).isPositive()
				.isEqualTo(cents(value(bill, "MtTotalTTC")))
				.isEqualTo(values(piece, "MtHT").stream().mapToLong(PesExportTests::cents).sum());
			assertThat(values(bill, "MtHT").stream().mapToLong(PesExportTests::cents)).allMatch((cents) -> cents > 0);
			assertThat(value(bill, "ModeRecouvrement")).isEqualTo("true");
			assertThat(values(bill, "ModalitesContestation")).singleElement()
				.asString()
				.contains("tribunal judiciaire");
		}
	}

	@Test
	void aLargeRunsFileIsMadeByAJobThatTellsItsProgressAndKeepsTheValidatedFile() throws Exception {
		this.api.put("/treasury-settings", SETTINGS).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/pes-jobs", null, this.run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("run-not-issued"));
		issue();

		String started = this.api.post("/billing-runs/{id}/pes-jobs?roll=3", null, this.run)
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(started, "$.total")).as("three articles written, then read back")
			.isEqualTo(6);
		String job = JsonPath.read(started, "$.id");
		String ended = this.api.ended("/pes-jobs/{id}", job);
		assertThat((String) JsonPath.read(ended, "$.state")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(ended, "$.done")).isEqualTo(6);

		for (int download = 0; download < 2; download++) {
			Document pes = validFile("/pes-jobs/{id}/file", job);
			assertThat(value(pes, "IdBord")).isEqualTo("3");
			assertThat(values(pes, "Piece")).hasSize(3);
		}
		this.api.get("/pes-jobs/{id}/file", UUID.randomUUID())
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("job-not-found"));
		this.api.get("/run-print-jobs/{id}", job)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("job-not-found"));
	}

	@Test
	void aRunNotIssuedHasNoFile() throws Exception {
		this.api.put("/treasury-settings", SETTINGS).andExpect(status().isOk());
		long before = temporaryFiles();
		this.api.get("/billing-runs/{id}/pes", this.run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("run-not-issued"))
			.andExpect(jsonPath("$.field").value("status"));
		this.api.post("/billing-runs/{id}/validate", null, this.run).andExpect(status().isOk());
		// as portal-ui's client asks for the file: the refusal still reads as a problem
		this.mvc
			.perform(
					MockMvcRequestBuilders.get(Intercommunality.api("/billing-runs/{id}/pes"), this.cc.slug(), this.run)
						.with(this.cc.secretary())
						.accept(MediaType.APPLICATION_XML))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("run-not-issued"));
		assertThat(temporaryFiles()).isEqualTo(before);
	}

	@Test
	void missingOrMalformedIdentifiersAreNamedBeforeAnyFileIsMade() throws Exception {
		issue();
		long before = temporaryFiles();
		this.api.get("/billing-runs/{id}/pes", this.run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("treasury-settings-incomplete"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("postingOffice", "postingOfficeName", "siret",
					"collectivityCode", "budgetCode", "productCode", "account", "keyNature", "bills.issuerName",
					"bills.issuerStreet", "bills.issuerPostcode", "bills.issuerCity", "bills.issuerNumber",
					"bills.signatoryName", "bills.signatoryFirstName", "bills.signatoryRole", "bills.centreStreet",
					"bills.centrePostcode", "bills.centreCity", "bills.collectionPostcode", "bills.collectionCity")));
		this.api
			.put("/treasury-settings",
					SETTINGS.replace("24310063300011", "24310063300012").replace("\"031042\"", "\"31042\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-request"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("postingOffice", "siret")))
			.andExpect(jsonPath("$.errors[?(@.field == 'siret')].reason",
					org.hamcrest.Matchers.hasItem(containsString("clé de contrôle"))));
		this.api.get("/treasury-settings").andExpect(jsonPath("$.siret").value(org.hamcrest.Matchers.nullValue()));
		this.api.get("/billing-runs/{id}/pes", this.run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("treasury-settings-incomplete"));
		assertThat(temporaryFiles()).isEqualTo(before);
		this.api.put("/treasury-settings", SETTINGS).andExpect(status().isOk());
		this.api.get("/treasury-settings").andExpect(jsonPath("$.siret").value("24310063300011"));
		this.api.get("/billing-runs/{id}/pes?roll=7", this.run)
			.andExpect(status().isOk())
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath("//IdBord/@V").string("7"));
		assertThat(temporaryFiles()).as("the served file is deleted once read").isEqualTo(before);
	}

	@Test
	void aPayerWithoutPostcodeIsNamedBeforeAnyFileIsMade() throws Exception {
		this.api.put("/treasury-settings", SETTINGS).andExpect(status().isOk());
		this.api.post("/payers", """
				{"kind":"HOUSEHOLD","reference":"SANS-CP","name":"Famille Sans","address":"Lieu-dit Le Bourg",
				 "communeId":"%s","householdSize":1,"activeFrom":"2015-01-01"}
				""".formatted(this.cc.communes().get(0))).andExpect(status().isCreated());
		this.api.post("/billing-runs/{id}/compute", null, this.run).andExpect(status().isOk());
		issue();
		long before = temporaryFiles();
		this.api.get("/billing-runs/{id}/pes", this.run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("payer-address-incomplete"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("payers[SANS-CP].address")));
		assertThat(temporaryFiles()).isEqualTo(before);
	}

	@Test
	void aHouseholdWithoutCivilityOrFirstNameIsNamedBeforeAnyFileIsMade() throws Exception {
		this.api.put("/treasury-settings", SETTINGS).andExpect(status().isOk());
		this.api.post("/payers", """
				{"kind":"HOUSEHOLD","reference":"SANS-PRENOM","name":"Durand","address":"3 rue Basse 31450",
				 "communeId":"%s","householdSize":1,"activeFrom":"2015-01-01","civility":"MONSIEUR"}
				""".formatted(this.cc.communes().get(0))).andExpect(status().isCreated());
		this.api
			.post("/payers",
					"""
							{"kind":"PROFESSIONAL","reference":"PRO-X","name":"Garage","address":"3 rue Basse 31450",
							 "communeId":"%s","professionalCategory":"RESTAURANT","activeFrom":"2015-01-01","siret":"73282932000075"}
							"""
						.formatted(this.cc.communes().get(0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("siret")));
		this.api.post("/billing-runs/{id}/compute", null, this.run).andExpect(status().isOk());
		issue();
		long before = temporaryFiles();
		this.api.get("/billing-runs/{id}/pes", this.run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("payer-identity-incomplete"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("payers[SANS-PRENOM].firstName")));
		this.api.post("/billing-runs/{id}/pes-jobs", null, this.run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("payer-identity-incomplete"));
		assertThat(temporaryFiles()).isEqualTo(before);
	}

	private void issue() throws Exception {
		this.api.post("/billing-runs/{id}/validate", null, this.run).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/issue", null, this.run).andExpect(status().isOk());
	}

	/** The PES file served at the path, checked against the DGFiP's schema, parsed. */
	private Document validFile(String path, Object id) throws Exception {
		byte[] file = this.api.get(path, id)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/xml")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename=\"PES_ORMC_24310063300011_2026-S1.xml\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getResource(PesSchema.ALLER))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(file)));
		return parse(file);
	}

	private Document validDocument(byte[] content) throws Exception {
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getResource(PesSchema.ALLER))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(content)));
		return parse(content);
	}

	/** The children named {@code name} of the root's child {@code parent}. */
	private static List<Element> children(Element root, String parent, String name) {
		Element block = (Element) root.getElementsByTagName(parent).item(0);
		List<Element> children = new ArrayList<>();
		for (org.w3c.dom.Node node = block.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				children.add(element);
			}
		}
		return children;
	}

	private static long temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("pes-ormc-")).count();
		}
	}

	private static Document parse(byte[] file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
	}

	private static String value(Document document, String element) {
		return ((Element) document.getElementsByTagName(element).item(0)).getAttribute("V");
	}

	private static String value(Element parent, String element) {
		return ((Element) parent.getElementsByTagName(element).item(0)).getAttribute("V");
	}

	private static List<String> values(Document document, String element) {
		return values(document.getElementsByTagName(element));
	}

	private static List<String> values(Element parent, String element) {
		return values(parent.getElementsByTagName(element));
	}

	private static List<String> values(NodeList nodes) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(((Element) nodes.item(i)).getAttribute("V"));
		}
		return values;
	}

	private static long cents(String amount) {
		return new BigDecimal(amount).movePointRight(2).longValueExact();
	}

}
