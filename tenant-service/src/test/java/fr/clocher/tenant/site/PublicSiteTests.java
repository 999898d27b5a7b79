package fr.clocher.tenant.site;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.SignedInAsOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commune's public address, by host or by path, shows that commune and no other; an
 * unknown one says so in a page; a suspended one is politely unavailable.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SignedInAsOperator.class)
class PublicSiteTests {

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void twoCommunes() throws Exception {
		for (String insee : new String[] { "06001", "06002" }) {
			this.mvc.perform(post("/api/platform/communes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"inseeCode\":\"" + insee + "\"}"));
		}
	}

	@Test
	void aCommuneIsReachedByItsHostOrItsPath() throws Exception {
		this.mvc.perform(get("http://aiglun-06.clocher.localhost/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Aiglun</h1>")))
			.andExpect(content().string(containsString("lang=\"fr\"")))
			.andExpect(content().string(not(containsString("Amirat"))));
		this.mvc.perform(get("/c/amirat/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Amirat</h1>")));
	}

	@Test
	void anUnknownHostOrSlugGetsAClearNotFoundPage() throws Exception {
		this.mvc.perform(get("http://nulle-part.clocher.localhost/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
		this.mvc.perform(get("/c/nulle-part/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
	}

	@Test
	void aSuspendedCommuneIsTemporarilyUnavailable() throws Exception {
		this.mvc.perform(post("/api/platform/communes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"inseeCode\":\"06003\"}"));
		this.mvc.perform(post("/api/platform/tenants/andon/suspend")).andExpect(status().isOk());

		this.mvc.perform(get("/c/andon/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("temporairement indisponible")));
	}

}
