package fr.clocher.wastebilling.service;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static fr.clocher.wastebilling.service.Intercommunality.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lift import and the billing run's computation in the background: the job answers at
 * once, its progress reaches the whole with the same result as the request of old; a
 * refused file fails its job with every line and column, nothing imported; another
 * tenant's secretary never reads a job, nor starts one on a run not hers.
 */
@WasteBillingTest
class BackgroundJobsTests extends WasteBillingTestCase {

	private static final String HEADER = "badge;horodatage;poids;camion\n";

	UUID payer;

	@BeforeEach
	void aPayerWithABin() throws Exception {
		this.payer = this.api.household("F-1", 2, "2026-01-01", null);
		UUID bin = this.api.bin("TAG-1", 120);
		this.api.assign(bin, this.payer, "2026-01-01", null);
	}

	@Test
	void anImportJobReachesDoneWithTheReportOfTheImport() throws Exception {
		String file = HEADER + """
				TAG-1;2026-01-05T06:10:00;12,5;Camion 1
				TAG-1;2026-01-12T06:10:00;;Camion 1
				TAG-UNKNOWN;2026-01-06 06:00;3;Camion 1
				TAG-1;2026-01-05T06:10:00;12,5;Camion 1
				""";
		String started = start(this.cc, "janvier.csv", file).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.total").value(4))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = this.api.ended("/lift-import-jobs/{id}", JsonPath.read(started, "$.id"));

		assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(job, "$.done")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(job, "$.total")).isEqualTo(4);
		assertThat((Object) JsonPath.read(job, "$.finishedAt")).isNotNull();
		this.api.get("/lift-imports/{id}", (String) JsonPath.read(job, "$.resultId"))
			.andExpect(jsonPath("$.fileName").value("janvier.csv"))
			.andExpect(jsonPath("$.lines").value(4))
			.andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.duplicatesInFile").value(1))
			.andExpect(jsonPath("$.anomalies.UNKNOWN_TAG").value(1));

		String again = this.api.ended("/lift-import-jobs/{id}", JsonPath
			.read(start(this.cc, "janvier.csv", file).andReturn().getResponse().getContentAsString(), "$.id"));
		this.api.get("/lift-imports/{id}", (String) JsonPath.read(again, "$.resultId"))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.alreadyImported").value(3));
		assertThat(lifts()).isEqualTo(3);
	}

	@Test
	void aRefusedFileFailsItsJobNamingEachLineAndColumnAndNothingIsImported() throws Exception {
		String file = HEADER + """
				TAG-1;2026-01-05T06:10:00;10;C1
				TAG-1;2026-13-05T06:10:00;10;C1
				TAG-1;2026-01-07T06:10:00;-3,2;C1
				""";
		String job = this.api.ended("/lift-import-jobs/{id}", JsonPath
			.read(start(this.cc, "mauvais.csv", file).andReturn().getResponse().getContentAsString(), "$.id"));

		assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(job, "$.message")).contains("2 erreur(s), rien n'a été importé");
		assertThat((Integer) JsonPath.read(job, "$.errorCount")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(job, "$.errors[0].line")).isEqualTo(3);
		assertThat((String) JsonPath.read(job, "$.errors[0].field")).isEqualTo("horodatage");
		assertThat((Integer) JsonPath.read(job, "$.errors[1].line")).isEqualTo(4);
		assertThat((String) JsonPath.read(job, "$.errors[1].field")).isEqualTo("poids");
		assertThat((String) JsonPath.read(job, "$.errors[1].reason")).isEqualTo("poids négatif (-3,2 kg).");
		assertThat((Object) JsonPath.read(job, "$.resultId")).isNull();
		assertThat(lifts()).isZero();
		this.api.get("/lift-imports").andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void aBadEncodingIsRefusedAtOnceWithoutAJob() throws Exception {
		this.mvc
			.perform(post(api("/lift-import-jobs"), this.cc.slug()).with(this.cc.secretary())
				.param("fileName", "a.csv")
				.param("encoding", "klingon")
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(HEADER.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("encoding"));
	}

	@Test
	void aComputeJobReachesDoneWithTheSameInvoicesAsTheRequest() throws Exception {
		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		this.api.household("F-2", 3, "2026-02-10", null);
		this.api.lifts("a.csv", "TAG-1;2026-02-02T06:00:00;8", "TAG-1;2026-03-02T06:00:00;9");
		String run = JsonPath.read(this.api.post("/billing-runs", "{\"year\":2026,\"half\":1}")
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.api.post("/billing-runs/{id}/compute", null, run).andExpect(status().isOk());
		String byRequest = this.api.get("/billing-runs/{id}/review", run)
			.andReturn()
			.getResponse()
			.getContentAsString();

		String started = this.api.post("/billing-runs/{id}/compute-jobs", null, run)
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = this.api.ended("/billing-run-jobs/{id}", JsonPath.read(started, "$.id"));

		assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("DONE");
		assertThat((String) JsonPath.read(job, "$.resultId")).isEqualTo(run);
		assertThat((Integer) JsonPath.read(job, "$.total")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(job, "$.done")).isEqualTo(2);
		String byJob = this.api.get("/billing-runs/{id}/review", run).andReturn().getResponse().getContentAsString();
		assertThat((Object) JsonPath.read(byJob, "$.lineTotals")).isEqualTo(JsonPath.read(byRequest, "$.lineTotals"));
		assertThat((Integer) JsonPath.read(byJob, "$.run.invoiceCount")).isEqualTo(2);
	}

	@Test
	void aComputeJobWithoutATariffFailsWithItsReasonAndAnIssuedRunIsRefusedAtOnce() throws Exception {
		String run = JsonPath.read(this.api.post("/billing-runs", "{\"year\":2026,\"half\":1}")
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String job = this.api.ended("/billing-run-jobs/{id}",
				JsonPath.read(this.api.post("/billing-runs/{id}/compute-jobs", null, run)
					.andReturn()
					.getResponse()
					.getContentAsString(), "$.id"));

		assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(job, "$.message")).contains("Aucune grille tarifaire pour 2026");
		this.api.get("/billing-runs/{id}", run).andExpect(jsonPath("$.status").value("DRAFT"));

		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/compute", null, run).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/validate", null, run).andExpect(status().isOk());
		this.api.post("/billing-runs/{id}/compute-jobs", null, run)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("run-not-in-state"));
	}

	@Test
	void anotherTenantCannotReadAJobNorComputeARunNotItsOwn() throws Exception {
		Intercommunality b = Intercommunality.create(this.jdbc, this.modules);
		String importJob = JsonPath
			.read(start(this.cc, "a.csv", HEADER + "TAG-1;2026-01-05T06:10:00;10;C1\n").andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		this.api.ended("/lift-import-jobs/{id}", importJob);
		this.api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		String run = JsonPath.read(this.api.post("/billing-runs", "{\"year\":2026,\"half\":1}")
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String computeJob = JsonPath.read(this.api.post("/billing-runs/{id}/compute-jobs", null, run)
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.api.ended("/billing-run-jobs/{id}", computeJob);

		this.mvc.perform(get(api("/lift-import-jobs/{id}"), b.slug(), importJob).with(b.secretary()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("job-not-found"));
		this.mvc.perform(get(api("/billing-run-jobs/{id}"), b.slug(), computeJob).with(b.secretary()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(api("/billing-runs/{id}/compute-jobs"), b.slug(), run).with(b.secretary()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("run-not-found"));
		this.mvc.perform(get(api("/lift-import-jobs/{id}"), this.cc.slug(), importJob).with(b.secretary()))
			.andExpect(status().isForbidden());
		this.api.get("/billing-run-jobs/{id}", importJob).andExpect(status().isNotFound());
	}

	private ResultActions start(Intercommunality tenant, String fileName, String file) throws Exception {
		return this.mvc.perform(post(api("/lift-import-jobs"), tenant.slug()).with(tenant.secretary())
			.param("fileName", fileName)
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(file.getBytes(StandardCharsets.UTF_8)));
	}

	private long lifts() {
		return TenantSql.inTenant(this.sql, this.cc.id(),
				(statement) -> TenantSql.count(statement, "select count(*) from waste_lift"));
	}

}
