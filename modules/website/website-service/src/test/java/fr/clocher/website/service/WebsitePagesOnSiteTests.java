package fr.clocher.website.service;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.workspace.ChangeEntry;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleSwitch;
import fr.clocher.kernel.test.host.ModuleTest;
import fr.clocher.website.api.Website;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretary writes pages: drafts stay private, publishing puts the text online,
 * editing a published page keeps the published text until published again; HTML is
 * sanitized; slugs collide with an explanation; a refused page saves nothing. On the
 * module test host, whose public site is the kernel's: the commune is reached on its own
 * host, its website switched and its change log read through the kernel.
 */
@ModuleTest
class WebsitePagesOnSiteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantDirectory directory;

	@Autowired
	TenantWork work;

	@Autowired
	ModuleSwitch modules;

	@Autowired
	ChangeLog changes;

	@Autowired
	SiteVersions versions;

	String commune;

	UUID communeId;

	JwtRequestPostProcessor secretary;

	@BeforeEach
	void aCommune() throws Exception {
		this.commune = TestTenants.newCommune(this.jdbc);
		this.communeId = this.directory.bySlug(this.commune).orElseThrow().id();
		this.secretary = TestTokens.secretaryOf(this.commune);
	}

	@Test
	void aPageIsPublicOnlyOncePublishedAndShowsItsPublishedText() throws Exception {
		String id = create("{\"title\":\"L'école\",\"body\":\"<p>Horaires : 8 h 30</p>\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.slug").value("l-ecole"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(
					jsonPath("$.publicUrl").value("http://" + this.commune + ".clocher.localhost:8080/pages/l-ecole"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		site("/pages/l-ecole").andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));

		this.mvc.perform(post(api("/pages/{id}/publish"), this.commune, id).with(this.secretary))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		site("/pages/l-ecole").andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>L&#39;école</h1>")))
			.andExpect(content().string(containsString("Horaires : 8 h 30")))
			.andExpect(content().string(containsString("<link rel=\"canonical\" href=\"http://" + this.commune
					+ ".clocher.localhost:8080/pages/l-ecole\">")))
			.andExpect(content().string(containsString("<meta property=\"og:title\"")));

		this.mvc
			.perform(put(api("/pages/{id}"), this.commune, id).with(this.secretary)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"L'école\",\"slug\":\"l-ecole\",\"body\":\"<p>Horaires : 9 h</p>\"}"))
			.andExpect(jsonPath("$.status").value("CHANGED"));
		site("/pages/l-ecole")
			.andExpect(content().string(allOf(containsString("8 h 30"), not(containsString("9 h<")))));
		this.mvc.perform(get(api("/pages/{id}/preview"), this.commune, id).with(this.secretary))
			.andExpect(jsonPath("$.html").value(allOf(containsString("Horaires : 9 h"), containsString("noindex"))));

		this.mvc.perform(post(api("/pages/{id}/unpublish"), this.commune, id).with(this.secretary))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		site("/pages/l-ecole").andExpect(status().isNotFound());
		this.mvc.perform(get(api("/pages"), this.commune).with(this.secretary)).andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(delete(api("/pages/{id}"), this.commune, id).with(this.secretary))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(api("/pages"), this.commune).with(this.secretary)).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aPublishedPageKeepsItsAddressUntilItsNewSlugIsPublished() throws Exception {
		String id = id(create("{\"title\":\"École\",\"slug\":\"ecole\",\"body\":\"<p>Rentrée le 1er septembre</p>\"}"));
		this.mvc.perform(post(api("/pages/{id}/publish"), this.commune, id).with(this.secretary))
			.andExpect(status().isOk());

		this.mvc
			.perform(put(api("/pages/{id}"), this.commune, id).with(this.secretary)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"École\",\"slug\":\"ecole-publique\",\"body\":\"<p>Rentrée le 2</p>\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("ecole-publique"))
			.andExpect(jsonPath("$.status").value("CHANGED"))
			.andExpect(jsonPath("$.publicPath").value("/pages/ecole"));
		site("/pages/ecole").andExpect(status().isOk())
			.andExpect(content().string(containsString("Rentrée le 1er septembre")));
		site("/pages/ecole-publique").andExpect(status().isNotFound());
		create("{\"title\":\"Autre école\",\"slug\":\"ecole\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("slug-taken"))
			.andExpect(jsonPath("$.detail").value(containsString("encore celle de la page « École »")));
		create("{\"title\":\"Autre école\",\"slug\":\"ecole-publique\"}").andExpect(status().isConflict());

		long before = siteVersion();
		this.mvc.perform(post(api("/pages/{id}/publish"), this.commune, id).with(this.secretary))
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publicPath").value("/pages/ecole-publique"));
		// Text and address published together: one change of the site, not one each.
		assertThat(siteVersion()).isEqualTo(before + 1);
		site("/pages/ecole-publique").andExpect(status().isOk())
			.andExpect(content().string(containsString("Rentrée le 2")));
		site("/pages/ecole").andExpect(status().isNotFound());
		create("{\"title\":\"Autre école\",\"slug\":\"ecole\"}").andExpect(status().isCreated());
		assertThat(recentChanges()).extracting((change) -> change.what().fr())
			.contains("Adresse de la page « École » changée de /pages/ecole en /pages/ecole-publique");
	}

	@Test
	void everyChangeIsInTheCommunesChangeLog() throws Exception {
		create("{\"title\":\"Cantine\"}").andExpect(status().isCreated());
		ChangeEntry last = recentChanges().get(0);
		assertThat(last.moduleKey()).isEqualTo("website");
		assertThat(last.what().fr()).isEqualTo("Page « Cantine » créée");
	}

	@Test
	void aCommuneWhoseWebsiteIsOffIsNotOnlineNotEvenWithoutItsLegalPages() throws Exception {
		site("/mentions-legales").andExpect(status().isOk());
		this.modules.set(this.commune, Website.KEY, false);
		for (String path : new String[] { "/", "/mentions-legales", "/accessibilite", "/pages/ecole" }) {
			site(path).andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Pas de site en ligne")))
				.andExpect(content().string(not(containsString("Page introuvable"))));
		}
		this.modules.set(this.commune, Website.KEY, true);
		site("/").andExpect(status().isOk());
		site("/mentions-legales").andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Mentions légales</h1>")));
		site("/pages/ecole").andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
	}

	private long siteVersion() {
		return this.work.inTenant(this.communeId, () -> this.versions.current().version());
	}

	/** The commune's change log, as the workspace (tenant-service's) shows it. */
	private List<ChangeEntry> recentChanges() {
		return this.work.inTenant(this.communeId, () -> this.changes.recent(5));
	}

	private ResultActions create(String json) throws Exception {
		return this.mvc.perform(post(api("/pages"), this.commune).with(this.secretary)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static String id(ResultActions created) throws Exception {
		return created.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
	}

	private ResultActions site(String path) throws Exception {
		return this.mvc.perform(get("http://" + this.commune + ".clocher.test" + path).accept(MediaType.TEXT_HTML));
	}

}
