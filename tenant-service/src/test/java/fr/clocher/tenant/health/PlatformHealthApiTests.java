package fr.clocher.tenant.health;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.SignedInAsOperator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Platform health against a real database, with no Keycloak running (the tests point
 * provisioning at an address where nothing answers).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SignedInAsOperator.class)
class PlatformHealthApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthShowsTheDatabaseSizeKeycloakDownAndTheProvisioningBacklog() throws Exception {
		this.mvc
			.perform(post("/api/platform/communes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"inseeCode\":\"23001\",\"secretaryEmail\":\"mairie@test.fr\"}"))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/api/platform/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.services[0].key").value("tenant-service"))
			.andExpect(jsonPath("$.services[0].up").value(true))
			.andExpect(jsonPath("$.services[1].key").value("database"))
			.andExpect(jsonPath("$.services[1].up").value(true))
			.andExpect(jsonPath("$.services[2].key").value("keycloak"))
			.andExpect(jsonPath("$.services[2].up").value(false))
			.andExpect(jsonPath("$.databaseSizeBytes", greaterThan(1_000_000)))
			.andExpect(jsonPath("$.tenants", greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.provisioningPendingTasks", greaterThanOrEqualTo(2)))
			.andExpect(jsonPath("$.tenantsProvisioningPending", greaterThanOrEqualTo(1)));
	}

	@Test
	void onlyOperatorsSeeIt() throws Exception {
		this.mvc
			.perform(get("/api/platform/health").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_secretary"))))
			.andExpect(status().isForbidden());
	}

}
