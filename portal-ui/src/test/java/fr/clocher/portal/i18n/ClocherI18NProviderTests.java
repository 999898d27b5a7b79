package fr.clocher.portal.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that French stays the default whatever the JVM's own locale is, and that every
 * jar's bundle is found and complete.
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

	@Test
	void eachJarBringsItsOwnBundle() {
		assertThat(this.provider.bundles()).contains("vaadin-i18n.portal_translations",
				"vaadin-i18n.kernel_translations", "vaadin-i18n.website_translations",
				"vaadin-i18n.notes_translations");
		assertThat(this.provider.getTranslation("website.nav.pages", Locale.FRENCH)).isEqualTo("Pages du site");
		assertThat(this.provider.getTranslation("website.nav.pages", Locale.ENGLISH)).isEqualTo("Site pages");
	}

	@Test
	void moduleMessagesTakeParameters() {
		assertThat(this.provider.getTranslation("website.pages.published-at", Locale.FRENCH, "/ecole"))
			.isEqualTo("Page publiée : les habitants la voient à l'adresse /ecole");
	}

	@Test
	void everyFrenchTextHasItsEnglishTranslation() throws IOException {
		for (String name : this.provider.bundles()) {
			String file = name.replace('.', '/');
			assertThat(keys(file + "_en.properties")).as(name).isEqualTo(keys(file + ".properties"));
		}
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = ClocherI18NProviderTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return texts.stringPropertyNames();
	}

}
