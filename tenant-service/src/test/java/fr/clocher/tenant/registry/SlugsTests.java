package fr.clocher.tenant.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void namesBecomeUrlSafeSlugs() {
		assertThat(Slugs.of("Saint-Orens-de-Gameville")).isEqualTo("saint-orens-de-gameville");
		assertThat(Slugs.of("L'Abergement-Clémenciat")).isEqualTo("l-abergement-clemenciat");
		assertThat(Slugs.of("Œuilly")).isEqualTo("oeuilly");
		assertThat(Slugs.of("CA du Sicoval")).isEqualTo("ca-du-sicoval");
		assertThat(Slugs.of("  Les Îles-d'Hyères  ")).isEqualTo("les-iles-d-hyeres");
	}

	@Test
	void longNamesAreCutAtADnsLabelWithoutATrailingDash() {
		String slug = Slugs.of("Communauté de communes " + "du Pays de la Vallée ".repeat(5));
		assertThat(slug).hasSizeLessThanOrEqualTo(63).doesNotEndWith("-");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void searchKeysIgnoreCaseAccentsAndPunctuation() {
		assertThat(Slugs.searchKey("SAINT-ÓRENS")).isEqualTo("saint orens");
		assertThat(Slugs.searchKey("Saint-Orens-de-Gameville")).startsWith(Slugs.searchKey("saint orens"));
	}

	@Test
	void onlyLowerCaseWordsWithSingleDashesAreValid() {
		assertThat(Slugs.isValid("saint-orens")).isTrue();
		assertThat(Slugs.isValid("Saint-Orens")).isFalse();
		assertThat(Slugs.isValid("saint--orens")).isFalse();
		assertThat(Slugs.isValid("-orens")).isFalse();
		assertThat(Slugs.isValid("orens.fr")).isFalse();
		assertThat(Slugs.isValid("a".repeat(64))).isFalse();
	}

}
