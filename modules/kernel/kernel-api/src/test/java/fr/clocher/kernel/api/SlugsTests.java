package fr.clocher.kernel.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant and page slugs share one normalisation and differ in length and in what an empty
 * result becomes.
 */
class SlugsTests {

	@Test
	void namesBecomeUrlSafeSlugs() {
		assertThat(Slugs.TENANT.of("Saint-Orens-de-Gameville")).isEqualTo("saint-orens-de-gameville");
		assertThat(Slugs.TENANT.of("L'Abergement-Clémenciat")).isEqualTo("l-abergement-clemenciat");
		assertThat(Slugs.TENANT.of("Œuilly")).isEqualTo("oeuilly");
		assertThat(Slugs.TENANT.of("CA du Sicoval")).isEqualTo("ca-du-sicoval");
		assertThat(Slugs.TENANT.of("  Les Îles-d'Hyères  ")).isEqualTo("les-iles-d-hyeres");
	}

	@Test
	void longNamesAreCutAtADnsLabelWithoutATrailingDash() {
		String slug = Slugs.TENANT.of("Communauté de communes " + "du Pays de la Vallée ".repeat(5));
		assertThat(slug).hasSizeLessThanOrEqualTo(63).doesNotEndWith("-");
		assertThat(Slugs.TENANT.isValid(slug)).isTrue();
	}

	@Test
	void searchKeysIgnoreCaseAccentsAndPunctuation() {
		assertThat(Slugs.searchKey("SAINT-ÓRENS")).isEqualTo("saint orens");
		assertThat(Slugs.searchKey("Saint-Orens-de-Gameville")).startsWith(Slugs.searchKey("saint orens"));
	}

	@Test
	void onlyLowerCaseWordsWithSingleDashesAreValid() {
		assertThat(Slugs.TENANT.isValid("saint-orens")).isTrue();
		assertThat(Slugs.TENANT.isValid("Saint-Orens")).isFalse();
		assertThat(Slugs.TENANT.isValid("saint--orens")).isFalse();
		assertThat(Slugs.TENANT.isValid("-orens")).isFalse();
		assertThat(Slugs.TENANT.isValid("orens.fr")).isFalse();
		assertThat(Slugs.TENANT.isValid("a".repeat(64))).isFalse();
	}

	@Test
	void pageSlugsAreMadeFromTitlesAndLongerThanTenantSlugs() {
		assertThat(Slugs.PAGE.of("L'école : horaires")).isEqualTo("l-ecole-horaires");
		assertThat(Slugs.PAGE.of("Œuvres et Cœur")).isEqualTo("oeuvres-et-coeur");
		assertThat(Slugs.PAGE.isValid("a".repeat(64))).isTrue();
		assertThat(Slugs.PAGE.isValid("a".repeat(81))).isFalse();
		assertThat(Slugs.PAGE.of("a ".repeat(60))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

	@Test
	void aNameWithoutLetterGivesAnEmptyTenantSlugAndThePageSlugPage() {
		assertThat(Slugs.TENANT.of(" ?! ")).isEmpty();
		assertThat(Slugs.PAGE.of(" ?! ")).isEqualTo("page");
	}

}
