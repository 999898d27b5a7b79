package fr.clocher.tenant.security;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.security.RealmRoles;
import fr.clocher.kernel.security.Roles;
import fr.clocher.kernel.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access rules, with tokens shaped as Keycloak issues them (claims read by our own
 * converter). The same rules are proven with real Keycloak tokens in
 * {@code KeycloakAccessTests}.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ApiAccessRulesTests {

	@Autowired
	MockMvc mvc;

	String communeA;

	String communeB;

	@BeforeEach
	void twoCommunesWithTheNotesModule() throws Exception {
		this.communeA = onboard(next());
		this.communeB = onboard(next());
		for (String commune : List.of(this.communeA, this.communeB)) {
			this.mvc
				.perform(put("/api/platform/tenants/{t}/modules/notes", commune).with(operator())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"enabled\":true}"))
				.andExpect(status().isOk());
		}
	}

	@Test
	void anonymousCallsAreAskedToSignIn() throws Exception {
		this.mvc.perform(get("/api/platform/tenants"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(jsonPath("$.code").value("unauthenticated"));
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeA)).andExpect(status().isUnauthorized());
	}

	@Test
	void aSecretaryActsOnHerCommuneOnly() throws Exception {
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeA).with(secretaryOf(this.communeA)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeB).with(secretaryOf(this.communeA)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"))
			.andExpect(jsonPath("$.detail").value("Vous n'avez pas accès à cette collectivité ou à ce service."));
	}

	@Test
	void aSecretaryServingTwoCommunesNamesTheOneSheActsOn() throws Exception {
		JwtRequestPostProcessor both = secretaryOf(this.communeA, this.communeB);
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeA).with(both)).andExpect(status().isOk());
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeB).with(both)).andExpect(status().isOk());
	}

	@Test
	void membershipIsWhatCountsNotTheSecretaryRole() throws Exception {
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeA)
			.with(jwt().jwt((token) -> token.claim("organization", List.of(this.communeA)))
				.authorities(RealmRoles::authorities)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/tenants/{t}/notes", this.communeA)
			.with(jwt().jwt((token) -> token.claim("realm_access", java.util.Map.of("roles", List.of(Roles.SECRETARY))))
				.authorities(RealmRoles::authorities)))
			.andExpect(status().isForbidden());
	}

	@Test
	void operatorEndpointsRefuseSecretaries() throws Exception {
		this.mvc.perform(get("/api/platform/tenants").with(secretaryOf(this.communeA)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/platform/communes").with(secretaryOf(this.communeA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inseeCode\":\"03001\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/platform/tenants").with(operator())).andExpect(status().isOk());
	}

	private static int next = 0;

	private static final String[] INSEE_CODES = { "05001", "05003", "05004", "05006", "05007", "05008", "05009",
			"05010", "05011", "05012", "05013", "05014" };

	private static synchronized String next() {
		return INSEE_CODES[next++];
	}

	private String onboard(String inseeCode) throws Exception {
		String body = this.mvc
			.perform(post("/api/platform/communes").with(operator())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inseeCode\":\"" + inseeCode + "\",\"slug\":\"c-" + inseeCode + "-"
						+ UUID.randomUUID().toString().substring(0, 4) + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.replaceAll(".*\"slug\":\"([^\"]+)\".*", "$1");
	}

	static JwtRequestPostProcessor operator() {
		return jwt().jwt((token) -> token.claim("realm_access", java.util.Map.of("roles", List.of(Roles.OPERATOR))))
			.authorities(RealmRoles::authorities);
	}

	static JwtRequestPostProcessor secretaryOf(String... communes) {
		return jwt()
			.jwt((token) -> token.claim("realm_access", java.util.Map.of("roles", List.of(Roles.SECRETARY)))
				.claim("organization", List.of(communes)))
			.authorities(RealmRoles::authorities);
	}

}
