package fr.clocher.website.service;

import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleTest;
import fr.clocher.kernel.test.host.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.website.service.WebsiteRequests.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Commune A's pages never show on commune B's site or through B's API, row-level security
 * holds without the application's conditions, and the public pages are cached until the
 * commune changes something.
 */
@ModuleTest
class WebsiteIsolationOnSiteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbc;

	String a;

	String b;

	String pageOfA;

	@BeforeEach
	void twoCommunesAndAPublishedPageInA() throws Exception {
		this.a = TestTenants.newCommune(this.jdbcClient);
		this.b = TestTenants.newCommune(this.jdbcClient);
		this.pageOfA = publishPageOfA("fete", "<p>Seulement chez A</p>");
	}

	/**
	 * Publishes a page of A (title "Secret de A"); a file it shows is public from then
	 * on.
	 */
	private String publishPageOfA(String slug, String body) throws Exception {
		String id = this.mvc
			.perform(post(api("/pages"), this.a).with(TestTokens.secretaryOf(this.a))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Secret de A\",\"slug\":\"" + slug + "\",\"body\":\"" + body + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		this.mvc.perform(post(api("/pages/{id}/publish"), this.a, id).with(TestTokens.secretaryOf(this.a)))
			.andExpect(status().isOk());
		return id;
	}

	@Test
	void bsSecretaryCannotReadOrChangeAsPagesThroughTheApi() throws Exception {
		this.mvc.perform(get(api("/pages"), this.a).with(TestTokens.secretaryOf(this.b)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(api("/pages/{id}"), this.b, this.pageOfA).with(TestTokens.secretaryOf(this.b)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("page-not-found"));
		this.mvc
			.perform(put(api("/pages/{id}"), this.b, this.pageOfA).with(TestTokens.secretaryOf(this.b))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Piraté\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(api("/pages/{id}/unpublish"), this.b, this.pageOfA).with(TestTokens.secretaryOf(this.b)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(api("/pages"), this.b).with(TestTokens.secretaryOf(this.b)))
			.andExpect(jsonPath("$", hasSize(0)));
		// B may use the same slug: slugs are unique per commune only.
		this.mvc
			.perform(post(api("/pages"), this.b).with(TestTokens.secretaryOf(this.b))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Fête de B\",\"slug\":\"fete\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/c/" + this.a + "/pages/fete"))
			.andExpect(content().string(containsString("Secret de A")));
	}

	@Test
	void asPageIsNeverReachableOnBsHostOrPath() throws Exception {
		this.mvc.perform(get("http://" + this.a + ".clocher.test/pages/fete"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Seulement chez A")))
			.andExpect(content().string(containsString("href=\"/_/site.")));
		this.mvc.perform(get("http://" + this.b + ".clocher.test/pages/fete"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Seulement chez A"))));
		this.mvc.perform(get("/c/" + this.b + "/pages/fete"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Seulement chez A"))));
		// On A's host, /c/<b>/... is a path of A's site, which has no such page.
		this.mvc.perform(get("http://" + this.a + ".clocher.test/c/" + this.b + "/pages/fete"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/c/" + this.b + "/sitemap.xml"))
			.andExpect(content().string(not(containsString("/pages/fete"))));
		this.mvc.perform(get("/c/" + this.a + "/sitemap.xml"))
			.andExpect(content()
				.string(containsString("<loc>http://" + this.a + ".clocher.localhost:8080/pages/fete</loc>")));
	}

	@Test
	void onACommunesHostTheHostDecidesAndAsPathIsOnlyAPathOfThatSite() throws Exception {
		String fileOfA = this.mvc
			.perform(post(api("/images?fileName=plan.png&contentType=image/png&alt=Plan"), this.a)
				.with(TestTokens.secretaryOf(this.a))
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(WebsiteRequests.image(40, 40, "png")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"path\":\"([^\"]+)\".*", "$1");
		publishPageOfA("plan", "<p><img src=\\\"" + fileOfA + "\\\" alt=\\\"Plan\\\"></p>");
		String domainOfB = "www." + this.b + ".fr";
		TestTenants.addDomain(this.jdbcClient, this.b, domainOfB);

		for (String hostOfB : new String[] { this.b + ".clocher.test", domainOfB }) {
			this.mvc.perform(get("http://" + hostOfB + "/c/" + this.a + "/pages/fete"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Seulement chez A"))))
				.andExpect(content().string(containsString("Page introuvable")));
			this.mvc.perform(get("http://" + hostOfB + "/c/" + this.a + fileOfA))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		}
		this.mvc.perform(get("http://nulle-part.example.org/c/" + this.a + "/pages/fete"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Seulement chez A"))));

		for (String platformHost : new String[] { "localhost", "127.0.0.1" }) {
			this.mvc.perform(get("http://" + platformHost + "/c/" + this.a + "/pages/fete"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Seulement chez A")))
				.andExpect(content().string(containsString("href=\"/c/" + this.a + "/_/site.")));
			this.mvc.perform(get("http://" + platformHost + "/c/" + this.a + fileOfA))
				.andExpect(status().isOk())
				.andExpect(content().contentType("image/jpeg"));
		}
		this.mvc.perform(get("http://" + this.a + ".clocher.test/pages/fete"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Seulement chez A")));
		this.mvc.perform(get("http://" + this.a + ".clocher.test" + fileOfA))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
	}

	@Test
	void pagesAreRevalidatedWithAnETagThatMovesWhenTheCommunePublishes() throws Exception {
		var first = this.mvc.perform(get("/c/" + this.a + "/"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, max-age=60, must-revalidate"))
			.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
			.andReturn()
			.getResponse();
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		this.mvc.perform(get("/c/" + this.a + "/").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/c/" + this.b + "/").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());

		String draft = this.mvc
			.perform(post(api("/pages"), this.a).with(TestTokens.secretaryOf(this.a))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Nouvelle\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		this.mvc.perform(post(api("/pages/{id}/publish"), this.a, draft).with(TestTokens.secretaryOf(this.a)));

		var second = this.mvc.perform(get("/c/" + this.a + "/").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(second.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		this.mvc.perform(get("/c/" + this.a + "/_/site.x.css"))
			.andExpect(status().isFound())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/c/" + this.a + "/_/site.")));
		this.mvc.perform(get("/c/" + this.a + "/robots.txt"))
			.andExpect(content()
				.string(containsString("Sitemap: http://" + this.a + ".clocher.localhost:8080/sitemap.xml")));
	}

}
