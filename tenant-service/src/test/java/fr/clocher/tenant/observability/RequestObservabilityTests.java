package fr.clocher.tenant.observability;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.SignedInAsOperator;
import fr.clocher.tenant.TestCommunes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The request id the gateway sends and the tenant's slug are on the lines logged while a
 * request is served; the Prometheus endpoint shows requests per module and per tenant,
 * the tenant tag bounded (here to two tenants of their own).
 */
@IntegrationTest(properties = { "clocher.observability.tenant-tag-limit=2",
		"logging.level.fr.clocher.tenant.observability.access=debug" })
@AutoConfigureMockMvc
@Import(SignedInAsOperator.class)
@ExtendWith(OutputCaptureExtension.class)
class RequestObservabilityTests {

	private static final Pattern TENANT_SERIES = Pattern
		.compile("(?m)^clocher_tenant_requests_seconds_count\\{.*tenant=\"([^\"]+)\".*$");

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void fourCommunes() throws Exception {
		for (String insee : new String[] { "06001", "06002", "06003", "06004" }) {
			this.mvc.perform(post("/api/platform/communes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"inseeCode\":\"" + insee + "\"}"));
		}
	}

	@Test
	void theGatewaysRequestIdAndTheTenantAreOnTheLogLinesOfTheRequest(CapturedOutput output) throws Exception {
		this.mvc.perform(get("/c/amirat/").header("X-Request-Id", "req-5d0c1e").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk());

		assertThat(output).containsPattern("\\[req-5d0c1e\\] \\[amirat\\] .*Served GET /c/amirat/ \\(site\\): 200");
	}

	@Test
	void requestsAreCountedPerModuleAndPerTenantWithinTheBound() throws Exception {
		for (String slug : new String[] { "aiglun-06", "amirat", "andon", "antibes" }) {
			this.mvc.perform(get("/c/" + slug + "/").accept(MediaType.TEXT_HTML));
		}
		this.mvc.perform(get("/api/tenants/amirat/website/pages").with(TestCommunes.secretaryOf("amirat")))
			.andExpect(status().isOk());

		String scrape = this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(scrape).containsPattern("clocher_requests_seconds_count\\{.*module=\"site\".*outcome=\"2xx\"")
			.containsPattern("clocher_requests_seconds_count\\{.*module=\"website\".*outcome=\"2xx\"")
			.containsPattern("clocher_requests_seconds_count\\{.*module=\"platform\"")
			.containsPattern("clocher_backlog\\{.*queue=\"provisioning\"");
		Set<String> tenants = new TreeSet<>();
		Matcher series = TENANT_SERIES.matcher(scrape);
		while (series.find()) {
			tenants.add(series.group(1));
		}
		Set<String> named = new TreeSet<>(tenants);
		named.removeAll(Set.of(TenantTags.OTHER, TenantTags.NONE));
		assertThat(named).hasSize(2).isSubsetOf("aiglun-06", "amirat", "andon", "antibes");
		assertThat(tenants).contains(TenantTags.OTHER);
	}

	@Test
	void theOperatorsDashboardSumsTheSameMetersPerModuleAndListsTheSlowestTenants() throws Exception {
		String before = activity();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/c/amirat/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/c/amirat/pas-de-page-ici").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());

		String after = activity();

		assertThat(siteFigure(after, "requests") - siteFigure(before, "requests")).isEqualTo(4);
		assertThat(siteFigure(after, "clientErrors") - siteFigure(before, "clientErrors")).isEqualTo(1);
		assertThat(siteFigure(after, "serverErrors") - siteFigure(before, "serverErrors")).isZero();
		List<String> tenants = JsonPath.read(after, "$.slowestTenants[*].tenant");
		assertThat(tenants).isNotEmpty().doesNotContain(TenantTags.NONE);
		List<Double> means = JsonPath.read(after, "$.slowestTenants[*].meanMillis");
		assertThat(means).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		List<String> queues = JsonPath.read(after, "$.backlogs[*].queue");
		assertThat(queues).containsExactly("provisioning");

		this.mvc.perform(get("/api/platform/activity").with(TestCommunes.secretaryOf("amirat")))
			.andExpect(status().isForbidden());
	}

	private String activity() throws Exception {
		return this.mvc.perform(get("/api/platform/activity"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long siteFigure(String activity, String figure) {
		List<Number> values = JsonPath.read(activity, "$.modules[?(@.module == 'site')]." + figure);
		return values.isEmpty() ? 0 : values.get(0).longValue();
	}

}
