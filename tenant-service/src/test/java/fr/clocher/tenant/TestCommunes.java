package fr.clocher.tenant;

import fr.clocher.kernel.test.host.TestTokens;

import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Communes onboarded through the operator API, and the people acting on them, as tests of
 * the tenant API need them (tokens of the realm's shape, from the kernel's
 * {@code TestTokens}).
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
		return TestTokens.operator();
	}

	/** The subject of {@link #secretaryOf}'s tokens. */
	public static final String SECRETARY_ID = TestTokens.SECRETARY_ID;

	/** The username of {@link #secretaryOf}'s tokens, her e-mail as provisioned. */
	public static final String SECRETARY_USERNAME = TestTokens.SECRETARY_USERNAME;

	/** A secretary named Martine Dupont serving these communes. */
	public static JwtRequestPostProcessor secretaryOf(String... communes) {
		return TestTokens.secretaryOf(communes);
	}

}
