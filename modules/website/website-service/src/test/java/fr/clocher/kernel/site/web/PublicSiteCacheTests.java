package fr.clocher.kernel.site.web;

import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages are served again from the cache of rendered pages, and that cache never crosses
 * communes: commune A's page is never served on commune B's host, even when both sites
 * have the same version; A's publishing drops A's pages, and the next reader sees the
 * change.
 */
@ModuleTest
class PublicSiteCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SitePageCache cache;

	String a;

	String b;

	@BeforeEach
	void twoFreshCommunes() throws Exception {
		this.a = named("Beaulieu");
		this.b = named("Valvignères");
	}

	@Test
	void aCommunesCachedPageIsNeverServedOnAnotherCommunesHost() throws Exception {
		String etagOfA = this.mvc.perform(get("http://" + this.a + ".clocher.test/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + name(this.a) + "</h1>")))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(this.cache.count(id(this.a))).isPositive();

		String etagOfB = this.mvc.perform(get("http://" + this.b + ".clocher.test/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + name(this.b) + "</h1>")))
			.andExpect(content().string(not(containsString(name(this.a)))))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		// Same version, same day, same release: only the commune tells the two pages
		// apart.
		assertThat(etagOfB).isEqualTo(etagOfA);

		// On A's host, /c/<b>/ is only a path of A's site, never B's home page.
		this.mvc.perform(get("http://" + this.a + ".clocher.test/c/" + this.b + "/"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(name(this.b)))));
		this.mvc.perform(get("http://" + this.b + ".clocher.test/"))
			.andExpect(content().string(not(containsString(name(this.a)))));
	}

	@Test
	void publishingDropsTheCommunesCachedPagesAndTheNextReaderSeesTheChange() throws Exception {
		this.mvc.perform(get("/c/" + this.a + "/")).andExpect(status().isOk());
		this.mvc.perform(get("/c/" + this.b + "/")).andExpect(status().isOk());
		assertThat(this.cache.count(id(this.a))).isPositive();

		this.mvc
			.perform(put("/api/tenants/{t}/website/home", this.a).with(TestTokens.secretaryOf(this.a))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"welcome\":\"<p>Vogue annuelle samedi</p>\",\"quickLinks\":[]}"))
			.andExpect(status().isOk());

		assertThat(this.cache.count(id(this.a))).isZero();
		assertThat(this.cache.count(id(this.b))).isPositive();
		this.mvc.perform(get("/c/" + this.a + "/"))
			.andExpect(content().string(containsString("Vogue annuelle samedi")));
		this.mvc.perform(get("/c/" + this.b + "/"))
			.andExpect(content().string(not(containsString("Vogue annuelle samedi"))));
	}

	/** A fresh commune of that name (never found in another's slug or path). */
	private String named(String name) {
		String slug = "commune-" + UUID.randomUUID().toString().substring(0, 6);
		TestTenants.create(this.jdbcClient, slug, name + " " + slug.substring(8), TenantKind.COMMUNE);
		return slug;
	}

	private String name(String slug) {
		return this.jdbc.queryForObject("select name from tenant where slug = ?", String.class, slug);
	}

	private UUID id(String slug) {
		return this.jdbc.queryForObject("select id from tenant where slug = ?", UUID.class, slug);
	}

}
