package fr.clocher.website.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleSwitch;
import fr.clocher.kernel.test.host.ModuleTest;
import fr.clocher.website.api.Website;
import fr.clocher.kernel.test.host.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commune's pages link one style sheet, the frame's rules and those of the modules it
 * has on, at an address that names its content: cached for a year, it changes when a
 * module is switched on or off, and so do the pages' ETags. An address this server does
 * not know is redirected to the current sheet.
 */
@ModuleTest
class WebsiteStyleSheetOnSiteTests {

	private static final Pattern STYLE_HREF = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">");

	private static final String IMMUTABLE = "public, max-age=31536000, immutable";

	@Autowired
	MockMvc mvc;

	@Autowired
	ModuleSwitch modules;

	@Autowired
	JdbcClient jdbcClient;

	String commune;

	@BeforeEach
	void aCommune() throws Exception {
		this.commune = TestTenants.newCommune(this.jdbcClient);
	}

	@Test
	void theSheetOfACommuneWithItsWebsiteHasTheFrameAndTheWebsiteRules() throws Exception {
		String href = styleHref(home());

		assertThat(href).matches("/c/" + this.commune + "/_/site\\.[0-9a-f]{12}\\.css");
		this.mvc.perform(get(href))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, IMMUTABLE))
			.andExpect(content().contentType("text/css;charset=UTF-8"))
			.andExpect(content().string(containsString(".site-header{")))
			.andExpect(content().string(containsString(".town-hall .columns{")));
	}

	@Test
	void switchingTheWebsiteOffChangesTheSheetAndThePagesEtag() throws Exception {
		MockHttpServletResponse on = home();
		String website = styleHref(on);

		this.modules.set(this.commune, Website.KEY, false);
		this.mvc.perform(get("/c/" + this.commune + "/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Pas de site en ligne")));
		this.mvc.perform(get(website))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, IMMUTABLE));
		String frame = this.mvc.perform(get("/c/" + this.commune + "/_/site.000000000000.css"))
			.andExpect(status().isFound())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(frame).startsWith("/c/" + this.commune + "/_/site.").isNotEqualTo(website);
		this.mvc.perform(get(frame))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, IMMUTABLE))
			.andExpect(content().string(containsString(".site-header{")))
			.andExpect(content().string(not(containsString(".town-hall"))));

		this.modules.set(this.commune, Website.KEY, true);
		MockHttpServletResponse again = home();
		assertThat(again.getHeader(HttpHeaders.ETAG)).isNotEqualTo(on.getHeader(HttpHeaders.ETAG));
		assertThat(styleHref(again)).isEqualTo(website);
	}

	@Test
	void anUnknownSheetIsRedirectedToTheCurrentOneWithoutBeingCached() throws Exception {
		String current = styleHref(home());

		this.mvc.perform(get("/c/" + this.commune + "/_/site.0123456789ab.css"))
			.andExpect(status().isFound())
			.andExpect(header().string(HttpHeaders.LOCATION, current))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"));
	}

	private MockHttpServletResponse home() throws Exception {
		return this.mvc.perform(get("/c/" + this.commune + "/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private static String styleHref(MockHttpServletResponse page) throws Exception {
		Matcher link = STYLE_HREF.matcher(page.getContentAsString());
		assertThat(link.find()).as("the page links its style sheet").isTrue();
		return link.group(1);
	}

}
