package fr.clocher.portal.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

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
 * start in English, and {@link ResourceBundle} would fall back to the JVM's default
 * locale before the French base file; this provider does neither.
 */
@Component
class ClocherI18NProvider implements I18NProvider {

	/** Where every jar puts its French texts. */
	static final String BUNDLES = "classpath*:vaadin-i18n/*_translations.properties";

	private static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final List<String> bundles;

	ClocherI18NProvider() {
		this.bundles = discover();
		checkEachKeyOnce();
	}

	/** The base names of the bundles found, in the order they are read. */
	List<String> bundles() {
		return this.bundles;
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale wanted = (locale != null) ? locale : Locale.FRENCH;
		for (String name : this.bundles) {
			ResourceBundle bundle = bundle(name, wanted);
			if (bundle != null && bundle.containsKey(key)) {
				String value = bundle.getString(key);
				return (params.length > 0) ? new MessageFormat(value, wanted).format(params) : value;
			}
		}
		return "!" + wanted.getLanguage() + ": " + key;
	}

	private ResourceBundle bundle(String name, Locale locale) {
		try {
			return ResourceBundle.getBundle(name, locale, getClass().getClassLoader(), NO_FALLBACK);
		}
		catch (MissingResourceException ex) {
			return null;
		}
	}

	private List<String> discover() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
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
		for (String name : this.bundles) {
			for (String key : bundle(name, Locale.FRENCH).keySet()) {
				String other = owners.putIfAbsent(key, name);
				if (other != null) {
					throw new IllegalStateException("Translation key " + key + " is in both " + other + " and " + name);
				}
			}
		}
	}

}
