package fr.clocher.portal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.stereotype.Component;

/**
 * Reads the {@code vaadin-i18n/translations} bundles with French first. Vaadin's default
 * provider would list only the locales that have a suffixed file (English alone here), so
 * every session would start in English, and {@link ResourceBundle} would fall back to the
 * JVM's default locale before the French base file; this provider does neither.
 */
@Component
class ClocherI18NProvider implements I18NProvider {

	private static final String BUNDLE = "vaadin-i18n.translations";

	private static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale wanted = (locale != null) ? locale : Locale.FRENCH;
		String value;
		try {
			value = ResourceBundle.getBundle(BUNDLE, wanted, getClass().getClassLoader(), NO_FALLBACK).getString(key);
		}
		catch (MissingResourceException ex) {
			return "!" + wanted.getLanguage() + ": " + key;
		}
		return (params.length > 0) ? new MessageFormat(value, wanted).format(params) : value;
	}

}
