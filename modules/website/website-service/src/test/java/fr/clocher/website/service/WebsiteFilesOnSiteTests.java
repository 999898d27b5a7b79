package fr.clocher.website.service;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleTest;
import fr.clocher.kernel.test.host.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static fr.clocher.website.service.WebsiteRequests.api;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files on the public site: only those published content names are served; an image is
 * refused before decoding when its header declares too many pixels.
 */
@ModuleTest
class WebsiteFilesOnSiteTests {

	private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF"
		.getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbcClient;

	String commune;

	JwtRequestPostProcessor secretary;

	@BeforeEach
	void aCommune() throws Exception {
		this.commune = TestTenants.newCommune(this.jdbcClient);
		this.secretary = TestTokens.secretaryOf(this.commune);
	}

	@Test
	void aFileNamedOnlyByADraftIsNotFoundUntilThePageIsPublished() throws Exception {
		String image = read(
				upload("/images?fileName=plan.png&alt=Plan du village", WebsiteRequests.image(40, 30, "png")),
				"$.path");
		String document = read(upload("/attachments?fileName=budget.pdf", PDF), "$.path");
		site("/fichiers/documents/00000000-0000-0000-0000-000000000000/budget.pdf").andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
		String page = read(this.mvc
			.perform(post(api("/pages"), this.commune).with(this.secretary)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Budget\",\"body\":\"<p><img src='%s' alt='Plan'></p><a href='%s'>Budget</a>\"}"
					.formatted(image, document)))
			.andExpect(status().isCreated()), "$.id");
		for (String path : new String[] { image, image + "/petite", document }) {
			site(path).andExpect(status().isNotFound()).andExpect(content().string(containsString("Page introuvable")));
		}
		this.mvc.perform(get(api("/images"), this.commune).with(this.secretary)).andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get(api("/attachments"), this.commune).with(this.secretary))
			.andExpect(jsonPath("$", hasSize(1)));

		this.mvc.perform(post(api("/pages/{id}/publish"), this.commune, page).with(this.secretary))
			.andExpect(status().isOk());
		site(image).andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));
		site(image + "/petite").andExpect(status().isOk());
		site(document).andExpect(status().isOk()).andExpect(content().bytes(PDF));

		this.mvc.perform(post(api("/pages/{id}/unpublish"), this.commune, page).with(this.secretary))
			.andExpect(status().isOk());
		site(image).andExpect(status().isNotFound());
		site(document).andExpect(status().isNotFound());
	}

	@Test
	void aFileTheSettingsUseIsPublicAsSoonAsTheyAreSaved() throws Exception {
		String body = upload("/images?fileName=blason.png&alt=Blason", WebsiteRequests.image(64, 64, "png"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String path = JsonPath.read(body, "$.path");
		site(path + "/petite").andExpect(status().isNotFound());
		this.mvc
			.perform(put(api("/theme"), this.commune).with(this.secretary)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"logoId\":\"" + JsonPath.read(body, "$.id") + "\"}"))
			.andExpect(status().isOk());
		site(path + "/petite").andExpect(status().isOk());
		site("/").andExpect(content().string(containsString(path + "/petite")));
	}

	private ResultActions upload(String query, byte[] content) throws Exception {
		return this.mvc.perform(WebsiteRequests.upload(this.commune, query, content).with(this.secretary));
	}

	private ResultActions site(String path) throws Exception {
		return this.mvc.perform(get("/c/" + this.commune + path));
	}

	private static String read(ResultActions result, String field) throws Exception {
		return JsonPath.read(result.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), field);
	}

}
