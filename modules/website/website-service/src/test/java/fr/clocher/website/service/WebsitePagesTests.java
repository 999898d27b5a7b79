package fr.clocher.website.service;

import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleTest;
import fr.clocher.kernel.test.host.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static fr.clocher.website.service.WebsiteRequests.api;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretary writes pages: HTML is sanitized; slugs collide with an explanation; a
 * refused page saves nothing. (What the public site shows of them is tested with the
 * site, in {@link WebsitePagesOnSiteTests}.)
 */
@ModuleTest
class WebsitePagesTests {

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
	void scriptsFramesHandlersAndJavascriptLinksAreRemoved() throws Exception {
		create("""
				{"title":"Piège","body":"<h1>Titre</h1><p onclick=\\"steal()\\">Texte<script>alert(1)</script></p>\
				<iframe src=\\"https://evil.example\\"></iframe><a href=\\"javascript:alert(1)\\">lien</a>\
				<a href=\\"/pages/ecole\\">école</a><img src=\\"/fichiers/images/x\\" alt=\\"Plan\\" onerror=\\"x()\\">"}
				""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.body").value(allOf(containsString("<h2>Titre</h2>"), containsString("Texte"),
					containsString("<a href=\"/pages/ecole\">école</a>"), containsString("alt=\"Plan\""),
					not(containsString("script")), not(containsString("onclick")), not(containsString("iframe")),
					not(containsString("javascript")), not(containsString("onerror")))));
	}

	@Test
	void anImageWithoutAlternativeTextIsRefusedAndNothingIsSaved() throws Exception {
		create("{\"title\":\"Photos\",\"body\":\"<p><img src=\\\"/fichiers/images/x\\\"></p>\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-request"))
			.andExpect(jsonPath("$.field").value("body"))
			.andExpect(jsonPath("$.detail").value(containsString("texte alternatif")));
		create("{\"title\":\"\",\"slug\":\"Pas Valide\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[1].field").value("slug"));
		this.mvc.perform(get(api("/pages"), this.commune).with(this.secretary)).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aSlugCollisionNamesThePageThatHasIt() throws Exception {
		create("{\"title\":\"Salle des fêtes\"}").andExpect(status().isCreated());
		create("{\"title\":\"Location de la salle\",\"slug\":\"salle-des-fetes\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("slug-taken"))
			.andExpect(jsonPath("$.field").value("slug"))
			.andExpect(jsonPath("$.detail").value(containsString("« Salle des fêtes »")));
		this.mvc.perform(get(api("/pages"), this.commune).with(this.secretary)).andExpect(jsonPath("$", hasSize(1)));
	}

	private ResultActions create(String json) throws Exception {
		return this.mvc.perform(post(api("/pages"), this.commune).with(this.secretary)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
