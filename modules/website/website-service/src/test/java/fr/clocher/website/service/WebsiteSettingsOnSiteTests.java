package fr.clocher.website.service;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rest of the secretary's screens: files, theme, town hall, menu, council and the
 * generated pages, with their refusals.
 */
@ModuleTest(properties = { "clocher.website.max-image-size=300KB", "clocher.website.max-image-pixels=3000000" })
class WebsiteSettingsOnSiteTests {

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
	void imagesAreResizedServedWithLongCachingAndRefusedWhenTooLargeOrNotImages() throws Exception {
		String body = upload("/images?fileName=Mairie.PNG&contentType=image/png&alt=La mairie",
				WebsiteRequests.image(2000, 1000, "png"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.width").value(1280))
			.andExpect(jsonPath("$.height").value(640))
			.andExpect(jsonPath("$.contentType").value("image/jpeg"))
			.andExpect(jsonPath("$.fileName").value("mairie.jpg"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String path = body.replaceAll(".*\"path\":\"([^\"]+)\".*", "$1");
		this.mvc.perform(get("/c/" + this.commune + path)).andExpect(status().isNotFound());
		theme("{\"headerImageId\":\"" + body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1") + "\"}")
			.andExpect(status().isOk());
		this.mvc.perform(get("/c/" + this.commune + path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("immutable")));
		this.mvc.perform(get("/c/" + this.commune + path + "/petite")).andExpect(status().isOk());

		upload("/images?fileName=big.bmp&alt=x", new byte[400 * 1024]).andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("file-too-large"))
			.andExpect(jsonPath("$.field").value("content"))
			.andExpect(jsonPath("$.detail")
				.value("Ce fichier est trop volumineux : une image peut faire au plus 300 ko."));
		upload("/images?fileName=blason.svg&contentType=image/svg%2Bxml&alt=Blason",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes())
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("unsupported-image-type"))
			.andExpect(jsonPath("$.detail").value(containsString("JPEG, PNG ou GIF")));
		upload("/images?fileName=sans-alt.png&alt= ", WebsiteRequests.image(10, 10, "png"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("alt"));
		this.mvc.perform(get(api("/images"), this.commune).with(this.secretary)).andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void aColourFailingWcagContrastIsRefusedWithTheRatio() throws Exception {
		theme("{\"primaryColor\":\"#ffd700\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("contrast-too-low"))
			.andExpect(jsonPath("$.field").value("primaryColor"))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("1,40:1"), containsString("4,5:1"))));
		theme("{\"primaryColor\":\"#7A1F3D\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.primaryColor").value("#7a1f3d"));
		this.mvc.perform(get("/c/" + this.commune + "/"))
			.andExpect(content().string(containsString("--primary:#7a1f3d")));
	}

	@Test
	void theTownHallIsValidatedThenShownOnTheHomePage() throws Exception {
		townHall("""
				{"phone":"12","email":"mairie@","postalCode":"7","weeklyHours":[
				 {"day":"MONDAY","slots":[{"opens":"12:00","closes":"09:00"}]}]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", allOf(hasItem("phone"), hasItem("email"), hasItem("postalCode"),
					hasItem("weeklyHours[0].slots[0]"))));
		townHall("""
				{"street":"1 place de la Mairie","postalCode":"07000","phone":"+33475000000",
				 "email":"mairie@example.fr","weeklyHours":[
				 {"day":"TUESDAY","slots":[{"opens":"14:00","closes":"17:30"},{"opens":"09:00","closes":"12:00"}]}],
				 "exceptions":[{"from":"2099-07-14","reason":"Fête nationale","slots":[]}]}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("04 75 00 00 00"))
			.andExpect(jsonPath("$.weeklyHours[0].slots[0].opens").value("09:00:00"));
		this.mvc.perform(get("/c/" + this.commune + "/"))
			.andExpect(content().string(allOf(
					containsString(
							"<span class=\"slot\">9 h – 12 h</span>, <span class=\"slot\">14 h – 17 h 30</span>"),
					containsString("<th scope=\"row\">Lundi</th><td>fermé</td>"), containsString("Fête nationale"),
					containsString("href=\"tel:+33475000000\""))));
	}

	@Test
	void theMenuHasOneLevelOfNestingAndShowsOnlyPublishedPages() throws Exception {
		String page = this.mvc
			.perform(post(api("/pages"), this.commune).with(this.secretary)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Cantine\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		menu("""
				{"entries":[{"label":"Vie pratique","target":"GROUP","children":[
				  {"label":"Trop","target":"GROUP","children":[{"label":"x","target":"LINK","url":"/x"}]}]}]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entries[0].children[0].target"));
		menu("""
				{"entries":[{"label":"Vie pratique","target":"GROUP","children":[
				  {"label":"Cantine","target":"PAGE","pageId":"%s"},
				  {"label":"Préfecture","target":"LINK","url":"https://www.ardeche.gouv.fr"}]},
				  {"label":"Mauvais","target":"LINK","url":"javascript:alert(1)"}]}
				""".formatted(page)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("entries[1].url"));
		menu("""
				{"entries":[{"label":"Vie pratique","target":"GROUP","children":[
				  {"label":"Cantine","target":"PAGE","pageId":"%s"},
				  {"label":"Préfecture","target":"LINK","url":"https://www.ardeche.gouv.fr"}]}]}
				""".formatted(page)).andExpect(status().isOk());
		this.mvc.perform(get("/c/" + this.commune + "/"))
			.andExpect(content().string(allOf(containsString("<summary>Vie pratique</summary>"),
					containsString("https://www.ardeche.gouv.fr"), not(containsString("/pages/cantine")))));
		this.mvc.perform(post(api("/pages/{id}/publish"), this.commune, page).with(this.secretary));
		this.mvc.perform(get("/c/" + this.commune + "/"))
			.andExpect(content().string(containsString("href=\"/c/" + this.commune + "/pages/cantine\"")));
		this.mvc.perform(delete(api("/pages/{id}"), this.commune, page).with(this.secretary));
		this.mvc.perform(get(api("/menu"), this.commune).with(this.secretary))
			.andExpect(jsonPath("$.entries[0].children", hasSize(1)));
	}

	@Test
	void generatedPagesComeFromTheCommunesDataAndStoreOnlyEdits() throws Exception {
		this.mvc.perform(get(api("/generated/legal-notices"), this.commune).with(this.secretary))
			.andExpect(jsonPath("$.values.publisher")
				.value(containsString("Code officiel géographique (INSEE) : " + this.commune.substring(0, 14))))
			.andExpect(jsonPath("$.editedFields", hasSize(0)));
		this.mvc
			.perform(put(api("/council"), this.commune).with(this.secretary)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"members\":[{\"name\":\"Jeanne Martin\",\"role\":\"MAYOR\"}]}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/c/" + this.commune + "/mentions-legales"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Jeanne Martin, maire de"),
					containsString("instance de développement"), containsString("Directeur de la publication"))));

		this.mvc
			.perform(put(api("/generated/legal-notices"), this.commune).with(this.secretary)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"credits\":\"Photos : club photo du village.\",\"publicationDirector\":\" \"}"))
			.andExpect(jsonPath("$.editedFields", hasSize(1)))
			.andExpect(jsonPath("$.editedFields[0]").value("credits"))
			.andExpect(jsonPath("$.values.publicationDirector").value(containsString("Jeanne Martin")));
		this.mvc.perform(get("/c/" + this.commune + "/mentions-legales"))
			.andExpect(content().string(containsString("Photos : club photo du village.")));

		this.mvc
			.perform(put(api("/generated/accessibility"), this.commune).with(this.secretary)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"complianceStatus\":\"PARTIALLY_COMPLIANT\",\"complianceRate\":75}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("auditDate"));
		this.mvc.perform(put(api("/generated/accessibility"), this.commune).with(this.secretary)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"complianceStatus\":\"PARTIALLY_COMPLIANT\",\"complianceRate\":75,\"auditDate\":\"2026-03-01\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/c/" + this.commune + "/accessibilite"))
			.andExpect(content().string(allOf(containsString("<strong>partiellement conforme</strong>"),
					containsString("75 % des critères"), containsString("Défenseur des droits"),
					containsString("Accessibilité : partiellement conforme"))));
		this.mvc.perform(delete(api("/generated/accessibility"), this.commune).with(this.secretary))
			.andExpect(jsonPath("$.values.complianceStatus").value("NOT_COMPLIANT"));
		this.mvc.perform(get("/c/" + this.commune + "/donnees-personnelles"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("CNIL"), containsString("Vos droits"))));
	}

	private ResultActions upload(String query, byte[] content) throws Exception {
		return this.mvc.perform(WebsiteRequests.upload(this.commune, query, content).with(this.secretary));
	}

	private ResultActions theme(String json) throws Exception {
		return this.mvc.perform(put(api("/theme"), this.commune).with(this.secretary)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions townHall(String json) throws Exception {
		return this.mvc.perform(put(api("/town-hall"), this.commune).with(this.secretary)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions menu(String json) throws Exception {
		return this.mvc.perform(put(api("/menu"), this.commune).with(this.secretary)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
