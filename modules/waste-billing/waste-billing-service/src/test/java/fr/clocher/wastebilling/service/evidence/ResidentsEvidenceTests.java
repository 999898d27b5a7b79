package fr.clocher.wastebilling.service.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.service.Intercommunality;
import fr.clocher.wastebilling.service.TariffTests;
import fr.clocher.wastebilling.service.TenantSql;
import fr.clocher.wastebilling.service.WasteBillingTest;
import fr.clocher.wastebilling.service.WasteBillingTestCase;
import fr.clocher.wastebilling.service.WasteRequests;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The residents' evidence on member communes' sites: the intercommunality bills; a
 * household of Ayguesvives (the first member) has an issued invoice for the first half of
 * 2026, a household of Baziège (the second) another. The member communes do not switch
 * the module on: the page follows the intercommunality's switch.
 */
@WasteBillingTest
class ResidentsEvidenceTests extends WasteBillingTestCase {

	@Autowired
	EvidenceProperties limits;

	String first;

	String second;

	String numberOfF1;

	String numberOfG1;

	String idOfF1;

	String idOfG1;

	@BeforeEach
	void householdsOfTwoMemberCommunesWithIssuedInvoices() throws Exception {
		this.first = slug(this.cc.communes().get(0));
		this.second = slug(this.cc.communes().get(1));
		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		UUID f1 = this.api.household("F-1", 2, "2025-01-01", null);
		UUID g1 = householdOfSecondCommune("G-1");
		UUID binOfF1 = this.api.bin("TAG-F1", 120);
		UUID binOfG1 = this.api.bin("TAG-G1", 240);
		this.api.assign(binOfF1, f1, "2025-01-01", null);
		this.api.assign(binOfG1, g1, "2025-01-01", null);
		this.api.lifts("semestre.csv", "TAG-F1;2026-03-12T06:05:00;", "TAG-F1;2026-04-09T06:40:00;",
				"TAG-F1;2026-06-18T07:15:00;", "TAG-G1;2026-02-03T05:30:00;", "TAG-F1;2026-07-02T06:00:00;");
		String run = this.api.issuedRun(2026, 1);
		String invoices = this.api.get("/billing-runs/{id}/invoices", run)
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.numberOfF1 = number(invoices, "F-1");
		this.numberOfG1 = number(invoices, "G-1");
		this.idOfF1 = invoice(invoices, "F-1");
		this.idOfG1 = invoice(invoices, "G-1");
	}

	@Test
	void anInvoicesPdfIsGivenForTheRightPairAndForThatPayersInvoicesOnly() throws Exception {
		lookup(this.first, "203.0.113.30", "F-1", this.numberOfF1).andExpect(status().isOk())
			.andExpect(content().string(containsString("method=\"post\" action=\"/redevance/facture\"")))
			.andExpect(content().string(containsString("name=\"invoice\" value=\"" + this.idOfF1 + "\"")))
			.andExpect(content().string(containsString("Télécharger la facture " + this.numberOfF1 + " (PDF)")));
		byte[] invoice = pdf(this.first, "F-1", this.numberOfF1, this.idOfF1).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"facture-" + this.numberOfF1 + ".pdf\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(invoice)) {
			assertThat(new PDFTextStripper().getText(document)).contains(this.numberOfF1).contains("F-1");
		}
		String neutral = lookup(this.first, "203.0.113.31", "F-1", "2026-999999").andReturn()
			.getResponse()
			.getContentAsString();
		pdf(this.second, "G-1", this.numberOfG1, this.idOfF1).andExpect(status().isNotFound())
			.andExpect(content().string(containsString(EvidencePages.NO_MATCH)))
			.andExpect(content().string(not(containsString("%PDF"))));
		for (ResultActions refused : List.of(pdf(this.first, "F-1", this.numberOfF1, this.idOfG1),
				pdf(this.first, "F-2", this.numberOfF1, this.idOfF1),
				pdf(this.first, "F-1", this.numberOfF1, "pas-un-identifiant"))) {
			refused.andExpect(status().isNotFound())
				.andExpect(header().string("Cache-Control", "no-store"))
				.andExpect(content().string(neutral));
		}
		// each PDF asked with a pair is a lookup: counted and logged
		assertThat(logRows(this.cc.communes().get(0))).isEqualTo(5);
	}

	@Test
	void theFormIsAPageOfTheCommunesSite() throws Exception {
		this.mvc.perform(MockMvcRequestBuilders.get("http://" + this.first + ".clocher.test/redevance"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Mes levées et mes factures</h1>")))
			.andExpect(content().string(containsString("<label for=\"reference\">Référence de redevable</label>")))
			.andExpect(content().string(containsString("<label for=\"number\">Numéro de facture</label>")))
			.andExpect(content().string(containsString("method=\"post\" action=\"/redevance\"")));
	}

	@Test
	void thePageFollowsTheGroupsSwitchAndReachesNoOtherGroupsPayers() throws Exception {
		String form = "http://" + this.second + ".clocher.test/redevance";
		String page = this.mvc.perform(MockMvcRequestBuilders.get(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String sheet = page.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");
		this.mvc.perform(MockMvcRequestBuilders.get("http://" + this.second + ".clocher.test" + sheet))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(".wb-form label{")));
		// a member commune of another intercommunality that bills too reaches none of
		// these
		Intercommunality other = Intercommunality.create(this.jdbc, this.modules);
		String stranger = slug(other.communes().get(0));
		this.mvc.perform(MockMvcRequestBuilders.get("http://" + stranger + ".clocher.test/redevance"))
			.andExpect(status().isOk());
		lookup(stranger, "203.0.113.40", "F-1", this.numberOfF1).andExpect(status().isNotFound())
			.andExpect(content().string(containsString(EvidencePages.NO_MATCH)));
		pdf(stranger, "G-1", this.numberOfG1, this.idOfG1).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("%PDF"))));
		// the group switches the module off: no page (the member's kept pages go with its
		// site version, touched once the switch is committed), no post on its members'
		// sites
		this.modules.set(this.cc.slug(), WasteBilling.KEY, false);
		Awaitility.await("the member's page gone")
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(MockMvcRequestBuilders.get(form)).andExpect(status().isNotFound()));
		lookup(this.second, "203.0.113.41", "G-1", this.numberOfG1).andExpect(status().isNotFound());
		assertThat(logRows(this.cc.communes().get(1))).isZero();
	}

	@Test
	void theRightPairShowsThePayersLiftsOfThePeriodAndItsInvoicesAndNothingIsKept() throws Exception {
		// F-1: 120 L 120,00 × 6/12 = 60,00; 3 lifts of 6 included; 2 persons × 24,00 ×
		// 6/12 = 24,00: 84,00.
		lookup(this.first, "203.0.113.7", " F-1 ", this.numberOfF1 + " ").andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("Levées du 01/01/2026 au 30/06/2026")))
			.andExpect(content().string(containsString("<td>12/03/2026</td><td>06:05</td><td>120 L</td>")))
			.andExpect(content().string(containsString("<td>18/06/2026</td><td>07:15</td><td>120 L</td>")))
			.andExpect(content().string(containsString("3 levées.")))
			.andExpect(content().string(not(containsString("02/07/2026"))))
			.andExpect(content().string(containsString("Facture " + this.numberOfF1)))
			.andExpect(content().string(containsString("84,00 €")))
			.andExpect(content().string(containsString("Part fixe par personne")))
			.andExpect(content().string(containsString("2 personne(s) × 24,00 € × 6/12")))
			// nothing about anyone else, nor the payer's name and address
			.andExpect(content().string(not(containsString("G-1"))))
			.andExpect(content().string(not(containsString(this.numberOfG1))))
			.andExpect(content().string(not(containsString("05:30"))))
			.andExpect(content().string(not(containsString("Famille"))))
			.andExpect(content().string(not(containsString("rue de l"))));
	}

	@Test
	void aWrongReferenceAndAWrongNumberGetTheSameNeutralAnswer() throws Exception {
		MockHttpServletResponse wrongReference = lookup(this.first, "203.0.113.8", "F-2", this.numberOfF1).andReturn()
			.getResponse();
		MockHttpServletResponse wrongNumber = lookup(this.first, "203.0.113.9", "F-1", "2026-999999").andReturn()
			.getResponse();
		MockHttpServletResponse anotherPayersNumber = lookup(this.first, "203.0.113.10", "F-1", this.numberOfG1)
			.andReturn()
			.getResponse();
		assertThat(wrongReference.getStatus()).isEqualTo(404);
		assertThat(wrongReference.getContentAsString()).contains(EvidencePages.NO_MATCH)
			.doesNotContain("F-2")
			.doesNotContain(this.numberOfF1);
		for (MockHttpServletResponse other : new MockHttpServletResponse[] { wrongNumber, anotherPayersNumber }) {
			assertThat(other.getStatus()).isEqualTo(wrongReference.getStatus());
			assertThat(other.getContentAsString()).isEqualTo(wrongReference.getContentAsString());
			assertThat(other.getHeader("Cache-Control")).isEqualTo("no-store");
		}
	}

	@Test
	void aPayerIsReachableFromItsOwnCommunesSiteOnly() throws Exception {
		lookup(this.second, "203.0.113.11", "G-1", this.numberOfG1).andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>03/02/2026</td><td>05:30</td><td>240 L</td>")));
		lookup(this.first, "203.0.113.11", "G-1", this.numberOfG1).andExpect(status().isNotFound())
			.andExpect(content().string(containsString(EvidencePages.NO_MATCH)));
		lookup(this.second, "203.0.113.11", "F-1", this.numberOfF1).andExpect(status().isNotFound());
		// a group that switches the module off is asked no more
		this.modules.set(this.cc.slug(), WasteBilling.KEY, false);
		lookup(this.second, "203.0.113.11", "G-1", this.numberOfG1).andExpect(status().isNotFound());
		// a commune of no group, its module on, reaches nobody
		String stranger = TestTenants.newCommune(this.jdbc);
		this.modules.set(stranger, WasteBilling.KEY, true);
		lookup(stranger, "203.0.113.11", "F-1", this.numberOfF1).andExpect(status().isNotFound());
	}

	@Test
	void emptyFieldsAreNamedInAnErrorSummaryAndCountNothing() throws Exception {
		lookup(this.first, "203.0.113.12", "", "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<h2 id=\"wb-error-title\">Il y a 2 erreurs</h2>")))
			.andExpect(content().string(containsString("<a href=\"#reference\">Référence de redevable")))
			.andExpect(content().string(containsString("<a href=\"#number\">Numéro de facture")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(logRows(this.cc.communes().get(0))).isZero();
	}

	@Test
	void oneAddressIsLimitedWhateverTheReferencesItTries() throws Exception {
		awayFromAWindowsEnd();
		for (int i = 0; i < this.limits.perAddress(); i++) {
			lookup(this.first, "198.51.100.20", "X-" + i, "2026-000001").andExpect(status().isNotFound());
		}
		lookup(this.first, "198.51.100.20", "F-1", this.numberOfF1).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("<h1>Trop de tentatives</h1>")))
			.andExpect(content().string(not(containsString("84,00"))));
		// another address of the same /24 is another client; the same /64 in IPv6 is one
		lookup(this.first, "198.51.100.21", "F-1", this.numberOfF1).andExpect(status().isOk());
		for (int i = 0; i < this.limits.perAddress(); i++) {
			lookup(this.first, "2001:db8:1:2::" + (i + 1), "Y-" + i, "2026-000001").andExpect(status().isNotFound());
		}
		lookup(this.first, "2001:db8:1:2::ffff", "Z-1", "2026-000001").andExpect(status().isTooManyRequests());
	}

	@Test
	void oneReferenceIsLimitedWhateverAddressesTryIt() throws Exception {
		awayFromAWindowsEnd();
		for (int i = 0; i < this.limits.perReference(); i++) {
			lookup(this.first, "192.0.2." + (i + 1), "F-1", "2026-99999" + i).andExpect(status().isNotFound());
		}
		lookup(this.first, "192.0.2.200", "F-1", this.numberOfF1).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Trop de tentatives")));
		// the limit is the commune site's: the other commune's payer is still reachable
		lookup(this.second, "192.0.2.200", "G-1", this.numberOfG1).andExpect(status().isOk());
	}

	@Test
	void everyLookupIsLoggedWithTheClientsNetworkOnly() throws Exception {
		lookup(this.first, "203.0.113.77", "F-1", this.numberOfF1).andExpect(status().isOk());
		lookup(this.first, "2001:db8:aa:bb::5", "F-9", this.numberOfF1).andExpect(status().isNotFound());
		String rows = TenantSql.inTenant(this.sql, this.cc.communes().get(0), (statement) -> {
			StringBuilder text = new StringBuilder();
			try (var result = statement.executeQuery("""
					select client_network, payer_reference, outcome, looked_up_at > now() - interval '1 minute'
					from waste_evidence_lookup order by looked_up_at, outcome""")) {
				while (result.next()) {
					text.append(result.getString(1))
						.append(' ')
						.append(result.getString(2))
						.append(' ')
						.append(result.getString(3))
						.append(' ')
						.append(result.getBoolean(4))
						.append('\n');
				}
			}
			return text.toString();
		});
		assertThat(rows).isEqualTo("203.0.113.0/24 F-1 FOUND true\n2001:db8:aa:0:0:0:0:0/48 F-9 NOT_FOUND true\n");
		assertThat(rows).doesNotContain("203.0.113.77").doesNotContain(this.numberOfF1);
		// the intercommunality's own tables hold nothing of it
		assertThat(logRows(this.cc.id())).isZero();
	}

	@Test
	void theLogAndTheCountersAreTheCommunesOnlyUnderPlainSql() throws Exception {
		lookup(this.first, "203.0.113.90", "F-1", this.numberOfF1).andExpect(status().isOk());
		UUID first = this.cc.communes().get(0);
		UUID second = this.cc.communes().get(1);
		assertThat(logRows(first)).isEqualTo(1);
		assertThat(attemptRows(first)).isEqualTo(2);
		assertThat(logRows(second)).isZero();
		assertThat(attemptRows(second)).isZero();
		assertThat(updated(second, "update waste_evidence_lookup set outcome = 'NOT_FOUND'")).isZero();
		assertThat(updated(second, "delete from waste_evidence_attempt")).isZero();
		assertThatThrownBy(() -> TenantSql.inTenant(this.sql, second,
				(statement) -> statement.executeUpdate(
						"""
								insert into waste_evidence_lookup (tenant_id, id, looked_up_at, client_network, payer_reference, outcome)
								values ('%s', gen_random_uuid(), now(), '192.0.2.0/24', 'F-1', 'FOUND')"""
							.formatted(first))))
			.rootCause()
			.hasMessageContaining("row-level security");
		assertThatThrownBy(() -> TenantSql.inTenant(this.sql, second, (statement) -> statement.executeUpdate("""
				insert into waste_evidence_attempt (tenant_id, kind, key_hash, window_start, attempts)
				values ('%s', 'ADDRESS', 'x', now(), 1)""".formatted(first)))).rootCause()
			.hasMessageContaining("row-level security");
		assertThat(logRows(first)).isEqualTo(1);
	}

	private static String invoice(String invoices, String reference) {
		List<String> ids = JsonPath.read(invoices, "$.items[?(@.payerReference == '" + reference + "')].id");
		return ids.get(0);
	}

	private ResultActions pdf(String commune, String reference, String number, String invoice) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("http://" + commune + ".clocher.test/redevance/facture")
			.header("X-Forwarded-For", "203.0.113.32")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("reference", reference)
			.param("number", number)
			.param("invoice", invoice));
	}

	private static String number(String invoices, String reference) {
		List<String> numbers = JsonPath.read(invoices, "$.items[?(@.payerReference == '" + reference + "')].number");
		assertThat(numbers).hasSize(1);
		return numbers.get(0);
	}

	private long attemptRows(UUID tenant) {
		return TenantSql.inTenant(this.sql, tenant,
				(statement) -> TenantSql.count(statement, "select count(*) from waste_evidence_attempt"));
	}

	private int updated(UUID tenant, String update) {
		return TenantSql.inTenant(this.sql, tenant, (statement) -> statement.executeUpdate(update));
	}

	private long logRows(UUID tenant) {
		return TenantSql.inTenant(this.sql, tenant,
				(statement) -> TenantSql.count(statement, "select count(*) from waste_evidence_lookup"));
	}

	/**
	 * Waits, rarely, for a new counting window when the current one ends within a minute:
	 * the limits count in fixed windows, and a test's attempts must fall in one.
	 */
	private void awayFromAWindowsEnd() {
		long length = this.limits.window().toMillis();
		Awaitility.await("a counting window with a minute left")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> length - Math.floorMod(Instant.now().toEpochMilli(), length) > 60_000);
	}

	private ResultActions lookup(String commune, String client, String reference, String number) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("http://" + commune + ".clocher.test/redevance")
			.header("X-Forwarded-For", client)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("reference", reference)
			.param("number", number));
	}

	private UUID householdOfSecondCommune(String reference) throws Exception {
		return WasteRequests.id(
				this.api
					.post("/payers",
							"""
									{"kind":"HOUSEHOLD","reference":"%s","name":"Famille %s","address":"2 place de la Mairie 31450",
									 "communeId":"%s","householdSize":1,"activeFrom":"2025-01-01"}
									"""
								.formatted(reference, reference, this.cc.communes().get(1)))
					.andExpect(status().isCreated()));
	}

	private String slug(UUID tenant) {
		return this.jdbc.sql("select slug from tenant where id = ?").param(tenant).query(String.class).single();
	}

}
