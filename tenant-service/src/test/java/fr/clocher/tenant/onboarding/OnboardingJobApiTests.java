package fr.clocher.tenant.onboarding;

import java.time.Duration;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.SignedInAsOperator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Onboarding jobs against a real database, on intercommunalities of the Lozère (48) that
 * no other test uses.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SignedInAsOperator.class)
class OnboardingJobApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OnboardingJobs jobs;

	@Test
	void aJobOnboardsEveryMemberAndReportsItsProgressUntilDone() throws Exception {
		MvcResult started = submit("200069102").andExpect(status().isAccepted())
			.andExpect(jsonPath("$.name").value("CC Randon - Margeride"))
			.andExpect(jsonPath("$.total").value(15))
			.andReturn();
		String id = idOf(started);

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(get("/api/platform/onboarding-jobs/{id}", id))
				.andExpect(jsonPath("$.state").value("DONE")));
		this.mvc.perform(get("/api/platform/onboarding-jobs/{id}", id))
			.andExpect(jsonPath("$.done").value(15))
			.andExpect(jsonPath("$.tenantSlug").value("cc-randon-margeride"))
			.andExpect(jsonPath("$.error").doesNotExist());
		assertThat(this.jdbc
			.sql("select count(*) from tenant_membership m join tenant g on g.id = m.group_id"
					+ " where g.official_code = '200069102'")
			.query(Long.class)
			.single()).isEqualTo(15);
		this.mvc.perform(get("/api/platform/tenants/{t}", "cc-randon-margeride"))
			.andExpect(jsonPath("$.provisioning.pendingTasks").value(2));
	}

	@Test
	void aSecondSubmissionWhileOneRunsAnswersTheSameJobAndOnceDoneAConflict() throws Exception {
		String running = this.jobs.start("244800470", "CC du Gévaudan", 12, null).orElseThrow().id().toString();

		submit("244800470").andExpect(status().isOk()).andExpect(jsonPath("$.id").value(running));
		submit("244800470").andExpect(status().isOk()).andExpect(jsonPath("$.id").value(running));
		assertThat(this.jdbc.sql("select count(*) from onboarding_job where siren = '244800470'")
			.query(Long.class)
			.single()).isEqualTo(1);

		this.jobs.fail(UUID.fromString(running), LocalizedText.of("arrêtée", "stopped"));
		String second = idOf(submit("244800470").andExpect(status().isAccepted()).andReturn());
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(get("/api/platform/onboarding-jobs/{id}", second))
				.andExpect(jsonPath("$.state").value("DONE")));
		submit("244800470").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("already-registered"))
			.andExpect(jsonPath("$.field").value("siren"));
	}

	@Test
	void aFailedOnboardingSaysWhyInTheOperatorsLanguageAndLeavesNothing() throws Exception {
		this.mvc
			.perform(post("/api/platform/syndicates").contentType(MediaType.APPLICATION_JSON)
				.content("{\"siren\":\"200000048\",\"name\":\"Syndicat test\",\"slug\":\"badaroux\","
						+ "\"memberInseeCodes\":[\"48001\"]}"))
			.andExpect(status().isCreated());

		String id = idOf(submit("244800405").andExpect(status().isAccepted()).andReturn());
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(get("/api/platform/onboarding-jobs/{id}", id))
				.andExpect(jsonPath("$.state").value("FAILED")));
		this.mvc.perform(get("/api/platform/onboarding-jobs/{id}", id))
			.andExpect(jsonPath("$.error.fr")
				.value("L'identifiant « badaroux » est déjà utilisé par « Syndicat test » ; choisissez-en un autre."))
			.andExpect(jsonPath("$.error.en")
				.value("The slug 'badaroux' is already used by 'Syndicat test'; choose another one."));
		assertThat(this.jdbc.sql("select count(*) from tenant where official_code = '244800405'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void unknownIntercommunalitiesAndJobsAreRefusedWithTheField() throws Exception {
		submit("123456789").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("unknown-siren"))
			.andExpect(jsonPath("$.field").value("siren"));
		submit("12").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("siren"));
		this.mvc.perform(get("/api/platform/onboarding-jobs/{id}", "00000000-0000-0000-0000-000000000000"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("unknown-job"));
	}

	private ResultActions submit(String siren) throws Exception {
		return this.mvc.perform(post("/api/platform/onboarding-jobs").contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.content("{\"siren\":\"" + siren + "\",\"secretaryEmail\":\"secretariat@epci.test\"}"));
	}

	private static String idOf(MvcResult result) throws Exception {
		return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()).get("id").asString();
	}

}
