package fr.clocher.tenant;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Communes onboarded through the operator API, and the people acting on them, as tests of
 * the tenant API need them (tokens shaped as the resource server reads them).
 */
public final class TestCommunes {

	private TestCommunes() {
	}

	/** Onboards the commune of this INSEE code as an operator; its slug. */
	public static String onboard(MockMvc mvc, String inseeCode) throws Exception {
		String body = mvc
			.perform(post("/api/platform/communes").with(operator())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inseeCode\":\"" + inseeCode + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.replaceAll(".*\"slug\":\"([^\"]+)\".*", "$1");
	}

	public static JwtRequestPostProcessor operator() {
		return jwt().jwt((token) -> token.claim("realm_access", Map.of("roles", List.of("platform-operator"))))
			.authorities(new SimpleGrantedAuthority("ROLE_platform-operator"));
	}

	/** The subject of {@link #secretaryOf}'s tokens. */
	public static final String SECRETARY_ID = "5d0b6f4e-2c1a-4f7e-9b3d-6a8e1c2f4b70";

	/** The username of {@link #secretaryOf}'s tokens, her e-mail as provisioned. */
	public static final String SECRETARY_USERNAME = "martine.dupont@mairie.test";

	/** A secretary named Martine Dupont serving these communes. */
	public static JwtRequestPostProcessor secretaryOf(String... communes) {
		return jwt()
			.jwt((token) -> token.subject(SECRETARY_ID)
				.claim("preferred_username", SECRETARY_USERNAME)
				.claim("organization", List.of(communes))
				.claim("name", "Martine Dupont"))
			.authorities(new SimpleGrantedAuthority("ROLE_secretary"));
	}

}
