package fr.clocher.wastebilling.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The waste billing module's and kernel-ui's bundles read as portal-ui's provider reads
 * them: French first, no fallback to the JVM's locale, a visible marker for a missing
 * key.
 */
class TestTranslations implements I18NProvider {

	private static final List<String> BUNDLES = List.of("vaadin-i18n.waste-billing_translations",
			"vaadin-i18n.kernel_translations");

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return List.of(Locale.FRENCH, Locale.ENGLISH);
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale wanted = (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : Locale.FRENCH;
		for (String name : BUNDLES) {
			try {
				ResourceBundle bundle = ResourceBundle.getBundle(name, wanted, getClass().getClassLoader(),
						NO_FALLBACK);
				if (bundle.containsKey(key)) {
					String value = bundle.getString(key);
					return (params.length > 0) ? new MessageFormat(value, wanted).format(params) : value;
				}
			}
			catch (MissingResourceException ex) {
				// this bundle has no file for the language
			}
		}
		return "!" + wanted.getLanguage() + ": " + key;
	}

}
