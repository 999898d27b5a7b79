package fr.clocher.website.service;

import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleTest;
import fr.clocher.kernel.test.host.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static fr.clocher.website.service.WebsiteRequests.api;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An image is refused before decoding when its header declares too many pixels, in the
 * reader's language. (Which files the public site serves is tested with the site, in
 * tenant-service's {@code WebsiteFilesOnSiteTests}.)
 */
@ModuleTest
class WebsiteFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String commune;

	JwtRequestPostProcessor secretary;

	@BeforeEach
	void aCommune() {
		this.commune = TestTenants.newCommune(this.jdbc);
		this.secretary = TestTokens.secretaryOf(this.commune);
	}

	@Test
	void aDecompressionBombIsRefusedBeforeDecodingNamingTheLimit() throws Exception {
		upload("/images?fileName=bombe.png&alt=Bombe", WebsiteRequests.declaringPng(20_000, 20_000))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("image-too-large-in-pixels"))
			.andExpect(jsonPath("$.field").value("content"))
			.andExpect(jsonPath("$.detail").value(
					"Cette image fait 20000 × 20000 pixels ; une image peut en compter au plus 40 millions de pixels :"
							+ " réduisez-la avant de l'envoyer."));
		this.mvc
			.perform(WebsiteRequests
				.upload(this.commune, "/images?fileName=bombe.png&alt=Bomb",
						WebsiteRequests.declaringPng(20_000, 20_000))
				.with(this.secretary)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail")
				.value(allOf(containsString("20000 × 20000 pixels"), containsString("at most 40 million pixels"))));
		this.mvc.perform(get(api("/images"), this.commune).with(this.secretary)).andExpect(jsonPath("$", hasSize(0)));
	}

	private ResultActions upload(String query, byte[] content) throws Exception {
		return this.mvc.perform(WebsiteRequests.upload(this.commune, query, content).with(this.secretary));
	}

}
