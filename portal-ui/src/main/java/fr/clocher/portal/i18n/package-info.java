/**
 * Translations of the interface. French is the default language of every screen, English
 * is offered beside it; texts live in {@code vaadin-i18n/translations.properties}
 * (French) and {@code translations_en.properties}, read through Vaadin's
 * {@link com.vaadin.flow.i18n.I18NProvider} so that views call {@code getTranslation}.
 */
package fr.clocher.portal.i18n;
