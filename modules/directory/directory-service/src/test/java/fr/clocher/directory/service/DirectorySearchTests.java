package fr.clocher.directory.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * French search on a small French sample: accents and case ignored, plurals and verb
 * forms found by their stems, a misspelt word found by trigrams, the best match first;
 * drafts only in the secretary's search; nothing of another commune.
 */
@DirectoryTest
class DirectorySearchTests {

	@Autowired
	Communes communes;

	Commune commune;

	@BeforeEach
	void aFrenchSample() throws Exception {
		this.commune = this.communes.commune();
		this.communes.published(this.commune, "commerces", "Boulangerie Au Bon Pain",
				"Pain au levain, viennoiseries et pâtisseries, tous les matins.");
		this.communes.published(this.commune, "commerces", "Épicerie du Château",
				"Fruits, légumes et produits régionaux.");
		this.communes.published(this.commune, "artisans", "Garage Martin",
				"Réparation des voitures et des vélos de toutes marques.");
		this.communes.published(this.commune, "enfance", "École élémentaire Jules Ferry",
				"Classes du CP au CM2, cantine et garderie.");
		this.communes.published(this.commune, "associations", "Comité des fêtes",
				"L'association organise la fête du village et le marché de Noël.");
		this.communes.published(this.commune, "sante", "Cabinet infirmier",
				"Soins à domicile, prises de sang sans rendez-vous.");
		this.communes.create(this.commune, Communes.json(Map.of("name", "Boulangerie en projet", "categoryId",
				this.communes.category(this.commune, "commerces"))));
		Commune other = this.communes.commune();
		this.communes.published(other, "commerces", "Boulangerie d'ailleurs", "Pain et gâteaux.");
	}

	@Test
	void pluralsAndMisspellingsFindTheBakery() throws Exception {
		assertThat(publicSearch("boulangerie")).first().isEqualTo("Boulangerie Au Bon Pain");
		assertThat(publicSearch("boulangeries")).containsExactly("Boulangerie Au Bon Pain");
		assertThat(publicSearch("boulengerie")).first().isEqualTo("Boulangerie Au Bon Pain");
		assertThat(publicSearch("BOULANGERIE")).containsExactly("Boulangerie Au Bon Pain");
		assertThat(publicSearch("vienoiseries")).as("a misspelt word of a description")
			.containsExactly("Boulangerie Au Bon Pain");
	}

	@Test
	void accentsAndCaseAreIgnoredBothWays() throws Exception {
		assertThat(publicSearch("ecole")).containsExactly("École élémentaire Jules Ferry");
		assertThat(publicSearch("Écoles")).containsExactly("École élémentaire Jules Ferry");
		assertThat(publicSearch("epicerie")).containsExactly("Épicerie du Château");
		assertThat(publicSearch("chateau")).containsExactly("Épicerie du Château");
		assertThat(publicSearch("pâtisserie")).containsExactly("Boulangerie Au Bon Pain");
	}

	@Test
	void verbFormsMeetTheirNouns() throws Exception {
		assertThat(publicSearch("réparation vélo")).containsExactly("Garage Martin");
		assertThat(publicSearch("reparer")).containsExactly("Garage Martin");
		assertThat(publicSearch("organisation")).containsExactly("Comité des fêtes");
		assertThat(publicSearch("fete")).containsExactly("Comité des fêtes");
	}

	@Test
	void nothingUnrelatedIsFound() throws Exception {
		assertThat(publicSearch("piscine")).isEmpty();
		assertThat(publicSearch("")).isEmpty();
	}

	@Test
	void theSecretarysSearchFindsDraftsToo() throws Exception {
		String body = this.communes.read(this.commune, "/entries?q=boulangeries")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> names = JsonPath.read(body, "$[*].name");
		assertThat(names).containsExactlyInAnyOrder("Boulangerie Au Bon Pain", "Boulangerie en projet");
	}

	private List<String> publicSearch(String query) throws Exception {
		String body = this.communes.site(this.commune, "/annuaire/recherche.json", "q", query)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.results[*].name");
	}

}
