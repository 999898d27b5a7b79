package fr.clocher.website.ui;

import java.nio.file.Path;

import fr.clocher.kernel.ui.ModuleBundleKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's texts live in its own bundle, under keys prefixed by its key: every key
 * the screens name is there in French and in English, and nothing else is.
 */
class WebsiteTranslationsTests {

	private final ModuleBundleKeys bundle = new ModuleBundleKeys("website");

	private final Path sources = Path.of("src/main/java");

	@Test
	void everyKeyTheScreensUseIsInTheFrenchBundle() {
		assertThat(this.bundle.french()).containsAll(this.bundle.usedIn(this.sources));
	}

	@Test
	void englishTranslatesEveryFrenchTextAndNothingMore() {
		assertThat(this.bundle.english()).isEqualTo(this.bundle.french());
	}

	@Test
	void everyKeyStartsWithTheModuleKeyAndIsUsed() {
		assertThat(this.bundle.french()).allMatch((key) -> key.startsWith("website."))
			.isEqualTo(this.bundle.usedIn(this.sources));
	}

}
