package fr.clocher.portal.i18n;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that French stays the default whatever the JVM's own locale is.
 */
class ClocherI18NProviderTests {

	private final ClocherI18NProvider provider = new ClocherI18NProvider();

	private Locale jvmDefault;

	@BeforeEach
	void runOnAnEnglishJvm() {
		this.jvmDefault = Locale.getDefault();
		Locale.setDefault(Locale.US);
	}

	@AfterEach
	void restoreJvmLocale() {
		Locale.setDefault(this.jvmDefault);
	}

	@Test
	void frenchComesFirstSoNewSessionsStartInFrench() {
		assertThat(this.provider.getProvidedLocales()).first().isEqualTo(Locale.FRENCH);
		assertThat(this.provider.getDefaultLocale()).isEqualTo(Locale.FRENCH);
	}

	@Test
	void frenchAndUnknownLanguagesReadTheFrenchBaseFile() {
		assertThat(this.provider.getTranslation("menu.changes", Locale.FRANCE)).isEqualTo("Modifications récentes");
		assertThat(this.provider.getTranslation("menu.changes", Locale.GERMAN)).isEqualTo("Modifications récentes");
	}

	@Test
	void englishReadsTheEnglishFile() {
		assertThat(this.provider.getTranslation("menu.changes", Locale.UK)).isEqualTo("Recent changes");
	}

	@Test
	void missingKeyIsVisible() {
		assertThat(this.provider.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!fr: no.such.key");
	}

}
