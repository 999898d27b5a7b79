package fr.clocher.wastebilling.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static fr.clocher.wastebilling.service.Intercommunality.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trucks' lift files: imported once whatever is sent again, anomalies reported and
 * kept, every malformed file refused with the line and the column, and nothing imported
 * from a refused file.
 */
@WasteBillingTest
class LiftImportTests extends WasteBillingTestCase {

	private static final String HEADER = "badge;horodatage;poids;camion\n";

	@BeforeEach
	void binsOfAPayerOneLostOneNeverGiven() throws Exception {
		UUID payer = this.api.household("F-1", 2, "2026-01-01", null);
		UUID held = this.api.bin("TAG-1", 120);
		this.api.assign(held, payer, "2026-01-01", null);
		UUID lost = this.api.bin("TAG-LOST", 120);
		this.api.assign(lost, payer, "2026-01-01", null);
		this.api.post("/bins/{id}/blacklist", "{\"from\":\"2026-02-01\",\"reason\":\"Volé\"}", lost)
			.andExpect(status().isOk());
		this.api.bin("TAG-IDLE", 240);
	}

	@Test
	void aFileWithABomFrenchDatesAndDecimalCommasIsImportedWithItsAnomaliesReported() throws Exception {
		String file = "\uFEFF" + HEADER + """
				TAG-1;2026-01-05T06:10:00;12,5;Camion 1
				TAG-1;05/01/2026 07:10:00;;Camion 1
				TAG-UNKNOWN;2026-01-06 06:00;3;Camion 1

				TAG-LOST;2026-02-03T06:00:00+01:00;4;Camion 2
				TAG-IDLE;2026-02-03T06:01:00;4;Camion 2
				TAG-1;2026-02-04T06:01:00;95,0;Camion 2
				TAG-1;2026-01-05T06:10:00;12,5;Camion 1
				""";
		String id = body(upload("tournee-janvier.csv", null, file.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines").value(7))
			.andExpect(jsonPath("$.imported").value(6))
			.andExpect(jsonPath("$.duplicatesInFile").value(1))
			.andExpect(jsonPath("$.alreadyImported").value(0))
			.andExpect(jsonPath("$.anomalies.UNKNOWN_TAG").value(1))
			.andExpect(jsonPath("$.anomalies.BLACKLISTED_BIN").value(1))
			.andExpect(jsonPath("$.anomalies.BIN_NOT_ASSIGNED").value(1))
			.andExpect(jsonPath("$.anomalies.WEIGHT_OUTLIER").value(1)), "$.id");
		this.api.get("/lift-imports/{id}/anomalies", id)
			.andExpect(jsonPath("$.totalItems").value(4))
			.andExpect(jsonPath("$.items[*].line", contains(4, 6, 7, 8)))
			.andExpect(jsonPath("$.items[*].kind",
					contains("UNKNOWN_TAG", "BLACKLISTED_BIN", "BIN_NOT_ASSIGNED", "WEIGHT_OUTLIER")))
			.andExpect(jsonPath("$.items[3].weightGrams").value(95000));
		assertThat(this.sql.queryForList("select weight_grams from waste_lift order by line", Long.class))
			.as("row-level security: the test connection has no tenant, so sees no lift")
			.isEmpty();
	}

	@Test
	void aLiftOutsideEveryRangeItsBinWasHeldIsABinNotAssigned() throws Exception {
		UUID bin = this.api.bin("TAG-MARCH", 120);
		this.api.assign(bin, this.api.household("F-2", 1, "2026-01-01", null), "2026-03-01", "2026-03-31");
		this.api.assign(bin, this.api.household("F-3", 1, "2026-01-01", null), "2026-05-01", null);
		String file = HEADER + """
				TAG-MARCH;2026-02-28T06:00:00;4;C1
				TAG-MARCH;2026-03-01T06:00:00;4;C1
				TAG-MARCH;2026-03-31T06:00:00;4;C1
				TAG-MARCH;2026-04-01T06:00:00;4;C1
				TAG-MARCH;2026-05-20T06:00:00;4;C1
				""";
		String id = body(upload("mars.csv", null, file.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.imported").value(5))
			.andExpect(jsonPath("$.anomalies.BIN_NOT_ASSIGNED").value(2)), "$.id");
		this.api.get("/lift-imports/{id}/anomalies", id).andExpect(jsonPath("$.items[*].line", contains(2, 5)));
	}

	@Test
	void theSameOrAnOverlappingFileNeverCountsALiftTwice() throws Exception {
		String january = HEADER + "TAG-1;2026-01-05T06:10:00;10;C1\nTAG-1;2026-01-12T06:10:00;11;C1\n";
		upload("a.csv", null, bytes(january)).andExpect(jsonPath("$.imported").value(2));
		upload("a.csv", null, bytes(january)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.alreadyImported").value(2));
		String overlapping = "badge,horodatage,camion,poids\nTAG-1,2026-01-12T06:10:00,C1,11\n"
				+ "TAG-1,2026-01-19T06:10:00,C1,\"9,5\"\n";
		upload("b.csv", null, bytes(overlapping)).andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.alreadyImported").value(1));
		this.api.get("/lift-imports")
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.totalItems").value(3));
		this.api.get("/lift-imports?page=1&size=2").andExpect(jsonPath("$.items[*].fileName", contains("a.csv")));
		assertThat(liftsOfTenant()).isEqualTo(3);
	}

	@Test
	void aLatin1FileSentAsUtf8IsRefusedNamingTheLineAndAcceptedWithItsEncoding() throws Exception {
		byte[] latin1 = (HEADER + "TAG-1;2026-01-05T06:10:00;10;Camion Baziège\n")
			.getBytes(Charset.forName("windows-1252"));
		upload("latin1.csv", null, latin1).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("invalid-lift-file"))
			.andExpect(jsonPath("$.field").value("ligne 2"))
			.andExpect(jsonPath("$.detail").value(containsString("windows-1252")));
		assertThat(liftsOfTenant()).isZero();
		upload("latin1.csv", "windows-1252", latin1).andExpect(status().isCreated())
			.andExpect(jsonPath("$.imported").value(1));
	}

	@Test
	void aWrongDelimiterOrAMissingColumnIsNamedOnTheHeader() throws Exception {
		upload("pipes.csv", null, bytes("badge|horodatage|camion\nTAG-1|2026-01-05T06:10:00|C1\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ligne 1, badge|horodatage|camion"))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("séparées par « ; »")))
			.andExpect(jsonPath("$.errors[1].field").value("ligne 1, badge"))
			.andExpect(jsonPath("$.errors[1].reason").value(containsString("colonne manquante")));
		upload("sans-camion.csv", null, bytes("badge;horodatage;poids\nTAG-1;2026-01-05T06:10:00;1\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.field").value("ligne 1, camion"));
		upload("vide.csv", null, new byte[0]).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("vide")));
	}

	@Test
	void everyBadLineIsNamedAndNothingOfTheFileIsImported() throws Exception {
		String file = HEADER + """
				TAG-1;2026-01-05T06:10:00;10;C1
				TAG-1;2026-13-05T06:10:00;10;C1
				TAG-1;2026-01-07T06:10:00;-3,2;C1
				TAG-1;2026-01-08T06:10:00;10;C1;en trop
				TAG-1;2026-01-09T06:10:00;10
				;2026-01-10T06:10:00;dix;C1
				""";
		upload("mauvais.csv", null, bytes(file)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value(containsString("6 erreur(s), rien n'a été importé")))
			.andExpect(jsonPath("$.errors[*].field",
					contains("ligne 3, horodatage", "ligne 4, poids", "ligne 5", "ligne 6", "ligne 7, badge",
							"ligne 7, poids")))
			.andExpect(jsonPath("$.errors[1].reason").value("Ligne 4, colonne « poids » : poids négatif (-3,2 kg)."))
			.andExpect(jsonPath("$.errors[2].reason").value(containsString("5 valeurs pour 4 colonnes")));
		assertThat(liftsOfTenant()).isZero();
		this.api.get("/lift-imports").andExpect(jsonPath("$.items", hasSize(0)));
	}

	private long liftsOfTenant() {
		return countInTenant("waste_lift");
	}

	private long countInTenant(String table) {
		return TenantSql.inTenant(this.sql, this.cc.id(),
				(statement) -> TenantSql.count(statement, "select count(*) from " + table));
	}

	private ResultActions upload(String fileName, String encoding, byte[] content) throws Exception {
		var request = post(api("/lift-imports"), this.cc.slug()).with(this.cc.secretary())
			.param("fileName", fileName)
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(content);
		if (encoding != null) {
			request.param("encoding", encoding);
		}
		return this.mvc.perform(request);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String body(ResultActions result, String path) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
	}

}
