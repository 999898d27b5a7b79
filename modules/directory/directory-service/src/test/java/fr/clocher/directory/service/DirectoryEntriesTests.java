package fr.clocher.directory.service;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.tenancy.TenantWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.directory.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretary's entries and categories: the defaults a commune starts with, every
 * malformed field refused by name with nothing saved, the lifecycle, the photo.
 */
@DirectoryTest
class DirectoryEntriesTests {

	@Autowired
	Communes communes;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	Commune commune;

	String shops;

	@BeforeEach
	void aCommune() throws Exception {
		this.commune = this.communes.commune();
		this.shops = this.communes.category(this.commune, "commerces");
	}

	@Test
	void aCommuneStartsWithTheDefaultCategoriesAndAddsItsOwn() throws Exception {
		String body = this.communes.read(this.commune, "/categories")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> slugs = JsonPath.read(body, "$[*].slug");
		assertThat(slugs).containsExactlyInAnyOrder("associations", "commerces", "artisans", "sante", "enfance",
				"services-publics", "transports");
		this.communes.send(this.commune, "/categories", "{\"name\":\"Hébergements\",\"kind\":\"LOCAL_BUSINESS\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.slug").value("hebergements"));
		this.communes.send(this.commune, "/categories", "{\"name\":\"hébergements\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("name"));
		String entry = this.communes.create(this.commune,
				Communes.json(Map.of("name", "Boulangerie", "categoryId", this.shops)));
		this.mvc
			.perform(delete(api("/categories/{id}"), this.commune.slug(), this.shops).with(this.commune.secretary()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("category-not-empty"));
		assertThat(entry).isNotNull();
	}

	@Test
	void everyMalformedFieldIsNamedAndNothingIsSaved() throws Exception {
		String body = this.communes.send(this.commune, "/entries", """
				{"name": "<b>Boulangerie</b>", "categoryId": "%s",
				 "description": "Pain <script>alert(1)</script>",
				 "phone": "04 92 00", "email": "boulangerie@", "website": "javascript:alert(1)",
				 "siret": "732 829 320 00075", "latitude": 43.7,
				 "openingHours": [{"day": "MONDAY", "opens": "08:30", "closes": "07:00"},
				                  {"day": "LUNDI", "opens": "25:00", "closes": "12:00"}]}
				""".formatted(this.shops))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-request"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> fields = JsonPath.read(body, "$.errors[*].field");
		assertThat(fields).containsExactlyInAnyOrder("name", "description", "phone", "email", "website", "siret",
				"longitude", "openingHours[0].closes", "openingHours[1].day", "openingHours[1].opens");
		assertThat(this.work.inTenant(this.commune.id(),
				() -> this.jdbc.sql("select count(*) from directory_entry").query(Integer.class).single()))
			.isZero();
	}

	@Test
	void aWellFormedEntryIsKeptAsWrittenAndShowsOnceItIsPublished() throws Exception {
		String id = this.communes.create(this.commune, """
				{"name": "Boulangerie Au Bon Pain", "categoryId": "%s", "description": "Pain au levain.",
				 "address": "2 place de l'Église", "latitude": 43.795, "longitude": 6.95,
				 "phone": "04 92 00 00 00", "email": "pain@exemple.fr", "website": "https://pain.exemple.fr",
				 "siret": "732 829 320 00074",
				 "openingHours": [{"day": "tuesday", "opens": "14:00", "closes": "19:00"},
				                  {"day": "TUESDAY", "opens": "07:00", "closes": "12:30"}]}
				""".formatted(this.shops));
		this.communes.read(this.commune, "/entries/{id}", id)
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.siret").value("73282932000074"))
			.andExpect(jsonPath("$.openingHours[0].opens").value("07:00"))
			.andExpect(jsonPath("$.openingHours[1].day").value("TUESDAY"))
			.andExpect(jsonPath("$.stale").value(false));
		this.communes.site(this.commune, "/annuaire/" + id).andExpect(status().isNotFound());
		this.communes.send(this.commune, "/entries/{id}/publish", "", id)
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		this.communes.site(this.commune, "/annuaire/" + id)
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Mardi : 07:00 – 12:30")));
		this.communes.send(this.commune, "/entries/{id}/unpublish", "", id)
			.andExpect(jsonPath("$.status").value("DRAFT"));
		this.communes.site(this.commune, "/annuaire/" + id).andExpect(status().isNotFound());
	}

	@Test
	void aPhotoIsCheckedForItsSizeTypeAndAlternativeText() throws Exception {
		String id = this.communes.create(this.commune,
				Communes.json(Map.of("name", "Épicerie", "categoryId", this.shops)));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 };
		photo(id, "Vitrine", new byte[3000]).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("photo"));
		photo(id, "Vitrine", "GIF89a-not-accepted".getBytes()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("photo"));
		photo(id, " ", png).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("alt"));
		photo(id, "La vitrine de l'épicerie", png).andExpect(status().isOk())
			.andExpect(jsonPath("$.photoAlt").value("La vitrine de l'épicerie"));
		this.communes.send(this.commune, "/entries/{id}/publish", "", id).andExpect(status().isOk());
		this.communes.site(this.commune, "/annuaire/" + id + "/photo")
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentType("image/png"));
	}

	private org.springframework.test.web.servlet.ResultActions photo(String id, String alt, byte[] content)
			throws Exception {
		return this.mvc.perform(put(api("/entries/{id}/photo"), this.commune.slug(), id).param("alt", alt)
			.with(this.commune.secretary())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(content));
	}

}
