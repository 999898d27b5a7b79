package fr.clocher.portal.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import fr.clocher.kernel.ui.BundleTranslations;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads the texts of portal-ui and of every module UI on the class path, French first.
 * Each jar ships its own bundle, {@code vaadin-i18n/<name>_translations.properties}
 * (French) beside {@code <name>_translations_en.properties}, found by this pattern: no
 * list of modules here. A module's keys start with its key ({@code website.pages.title}),
 * and two bundles may not define the same key. Vaadin's default provider would list only
 * the locales that have a suffixed file (English alone here), so every session would
 * start in English, and {@code ResourceBundle} would fall back to the JVM's default
 * locale before the French base file; this provider does neither
 * ({@link BundleTranslations}).
 */
@Component
class ClocherI18NProvider extends BundleTranslations {

	/** Where every jar puts its French texts. */
	static final String BUNDLES = "classpath*:vaadin-i18n/*_translations.properties";

	ClocherI18NProvider() {
		super(discover());
		checkEachKeyOnce();
	}

	private static List<String> discover() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver(ClocherI18NProvider.class.getClassLoader())
				.getResources(BUNDLES);
			return Arrays.stream(found)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map((file) -> "vaadin-i18n." + file.substring(0, file.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the translation bundles " + BUNDLES, ex);
		}
	}

	private void checkEachKeyOnce() {
		Map<String, String> owners = new HashMap<>();
		for (String name : bundles()) {
			for (String key : bundle(name, Locale.FRENCH).keySet()) {
				String other = owners.putIfAbsent(key, name);
				if (other != null) {
					throw new IllegalStateException("Translation key " + key + " is in both " + other + " and " + name);
				}
			}
		}
	}

}
