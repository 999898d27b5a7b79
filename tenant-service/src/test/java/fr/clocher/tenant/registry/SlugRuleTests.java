package fr.clocher.tenant.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.clocher.kernel.api.Slugs;
import fr.clocher.tenant.reference.ReferenceCommune;
import fr.clocher.tenant.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slug rule over the whole official reference: every commune and intercommunality of
 * France gets a distinct, valid slug, whatever order they are onboarded in.
 */
class SlugRuleTests {

	static ReferenceData reference;

	static SlugRule rule;

	@BeforeAll
	static void readTheReference() {
		reference = new ReferenceData();
		rule = new SlugRule(reference);
	}

	@Test
	void aUniqueNameIsItsOwnSlug() {
		assertThat(rule.forCommune(reference.commune("31506").orElseThrow())).isEqualTo("saint-orens-de-gameville");
	}

	@Test
	void homonymsAddTheirDepartmentThenTheirInseeCode() {
		List<ReferenceCommune> saintMartins = reference.communes()
			.stream()
			.filter((c) -> Slugs.TENANT.of(c.name()).equals("saint-martin"))
			.toList();
		assertThat(saintMartins).hasSizeGreaterThan(1);
		ReferenceCommune inGers = saintMartins.stream()
			.filter((c) -> c.department().equals("32"))
			.findFirst()
			.orElseThrow();
		assertThat(rule.forCommune(inGers)).isEqualTo("saint-martin-32");
	}

	@Test
	void everyCommuneAndIntercommunalityOfFranceGetsADistinctValidSlug() {
		Set<String> slugs = new HashSet<>();
		reference.communes().forEach((commune) -> {
			String slug = rule.forCommune(commune);
			assertThat(Slugs.TENANT.isValid(slug)).as(commune.name()).isTrue();
			assertThat(slugs.add(slug)).as("duplicate slug %s", slug).isTrue();
		});
		reference.intercommunalities().forEach((epci) -> {
			String slug = rule.forIntercommunality(epci);
			assertThat(Slugs.TENANT.isValid(slug)).as(epci.name()).isTrue();
			assertThat(slugs.add(slug)).as("duplicate slug %s", slug).isTrue();
		});
		assertThat(slugs).hasSize(34_969 + 1_255);
	}

}
