package fr.clocher.directory.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.directory.api.Directory;
import fr.clocher.kernel.site.SiteSample;
import fr.clocher.kernel.site.SiteSamples;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory on a commune's site, seeded by the module's samples (as the accessibility
 * check seeds it): each sample page under its heading, the entry's JSON-LD parsed back,
 * the sitemap, the addresses' OpenStreetMap links without any map tiles, the open data
 * with its licence, and the search form's address under the platform's path.
 */
@DirectoryTest
class DirectorySiteTests {

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantDirectory directory;

	@Autowired
	TenantWork work;

	@Autowired
	List<SiteSamples> samples;

	@Autowired
	ObjectMapper json;

	TenantRef commune;

	SiteSamples directorySamples;

	@BeforeEach
	void aSeededCommune() {
		this.commune = this.directory.bySlug(TestTenants.newCommune(this.jdbc)).orElseThrow();
		this.directorySamples = this.samples.stream()
			.filter((module) -> Directory.KEY.equals(module.moduleKey()))
			.findFirst()
			.orElseThrow();
		this.work.runInTenant(this.commune.id(), () -> {
			this.directorySamples.seed(this.commune);
		});
	}

	@Test
	void everySampleIsAPageUnderItsHeading() throws Exception {
		List<SiteSample> pages = this.directorySamples.samples(this.commune);
		assertThat(pages).hasSize(5);
		for (SiteSample sample : pages) {
			assertThat(HtmlUtils.htmlUnescape(page(sample.path()))).as(sample.path())
				.contains("<h1>" + sample.heading() + "</h1>");
		}
		assertThat(page("/annuaire/recherche?q=boulangeries")).contains("1 résultat pour");
	}

	@Test
	void anEntrysJsonLdIsParsedBackWithItsTypeAddressAndHours() throws Exception {
		String bakery = samplePath("annuaire-fiche");
		JsonNode ld = jsonLd(page(bakery));
		assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(ld.get("@type").asString()).isEqualTo("LocalBusiness");
		assertThat(ld.get("name").asString()).isEqualTo("Boulangerie Au Bon Pain");
		assertThat(ld.get("url").asString()).endsWith(bakery);
		assertThat(ld.at("/address/streetAddress").asString()).isEqualTo("2 place de l'Église");
		assertThat(ld.at("/address/addressLocality").asString()).isEqualTo(this.commune.name());
		assertThat(ld.at("/geo/latitude").asDouble()).isEqualTo(43.795);
		assertThat(ld.at("/openingHoursSpecification/0/dayOfWeek").asString()).isEqualTo("https://schema.org/Tuesday");
		assertThat(ld.at("/openingHoursSpecification/0/opens").asString()).isEqualTo("07:00");
		assertThat(ld.at("/identifier/value").asString()).isEqualTo("73282932000074");
		String townHall = idOf("Mairie");
		assertThat(jsonLd(page("/annuaire/" + townHall)).get("@type").asString()).isEqualTo("GovernmentOffice");
		JsonNode association = jsonLd(page("/annuaire/" + idOf("Comité des fêtes")));
		assertThat(association.get("@type").asString()).isEqualTo("Organization");
		assertThat(association.has("geo")).isFalse();
	}

	@Test
	void entriesAreInTheSitemapAndTheMapIsAListOfOpenStreetMapLinks() throws Exception {
		String sitemap = page("/sitemap.xml");
		assertThat(sitemap).contains(samplePath("annuaire-fiche"))
			.contains("/annuaire/categorie/commerces")
			.contains("/annuaire/" + idOf("Mairie"));
		String map = page("/annuaire/carte");
		assertThat(map).contains("https://www.openstreetmap.org/?mlat=43.795&amp;mlon=6.95")
			.doesNotContain("Comité des fêtes")
			.doesNotContain("<script src");
	}

	@Test
	void theOpenDataCarryTheLicenceAndThePublishedEntries() throws Exception {
		String csv = page("/annuaire/donnees.csv");
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).startsWith("\uFEFF# Licence Ouverte 2.0");
		assertThat(lines[2]).startsWith("id;nom;categorie;description;adresse");
		assertThat(csv).contains("Boulangerie Au Bon Pain;Commerces;").contains("Tu 07:00-12:30, Sa 07:00-12:00");
		JsonNode data = this.json.readTree(page("/annuaire/donnees.json"));
		assertThat(data.get("licence").asString()).startsWith("Licence Ouverte 2.0");
		assertThat(data.get("entries").size()).isEqualTo(3);
	}

	@Test
	void theSearchFormFollowsThePlatformsPath() throws Exception {
		String html = this.mvc.perform(get("/c/" + this.commune.slug() + "/annuaire"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("action=\"/c/" + this.commune.slug() + "/annuaire/recherche\"")
			.contains("<label for=\"dir-q\">");
	}

	private JsonNode jsonLd(String html) {
		Matcher found = JSON_LD.matcher(html);
		assertThat(found.find()).isTrue();
		return this.json.readTree(found.group(1));
	}

	private String samplePath(String name) {
		return this.directorySamples.samples(this.commune)
			.stream()
			.filter((sample) -> sample.name().equals(name))
			.findFirst()
			.orElseThrow()
			.path();
	}

	private String idOf(String name) {
		return this.work.inTenant(this.commune.id(),
				() -> this.jdbc.sql("select id from directory_entry where name = ?")
					.param(name)
					.query(UUID.class)
					.single()
					.toString());
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get("http://" + this.commune.slug() + ".clocher.test" + path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
