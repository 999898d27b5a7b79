package fr.clocher.kernel.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Texts read from {@code vaadin-i18n} bundles, French first: the French base file answers
 * any language without a file of its own, never the JVM's default locale (which
 * {@link ResourceBundle} would try before the base file), and a missing key shows as
 * {@code !<language>: <key>}. portal-ui reads every bundle on the class path this way; a
 * module's screen tests read its own and kernel-ui's.
 */
public class BundleTranslations implements I18NProvider {

	private static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final List<String> bundles;

	/**
	 * @param bundles the bundles' base names ({@code vaadin-i18n.website_translations}),
	 * read in this order
	 */
	public BundleTranslations(List<String> bundles) {
		this.bundles = List.copyOf(bundles);
	}

	/** The base names of the bundles, in the order they are read. */
	public List<String> bundles() {
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

	/** A bundle in a language, or null when it has no file for it. */
	protected ResourceBundle bundle(String name, Locale locale) {
		try {
			return ResourceBundle.getBundle(name, locale, getClass().getClassLoader(), NO_FALLBACK);
		}
		catch (MissingResourceException ex) {
			return null;
		}
	}

}
