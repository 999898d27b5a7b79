/**
 * Translations of the interface, portal-ui's and every module's. French is the default
 * language of every screen, English is offered beside it; each jar ships its texts in
 * {@code vaadin-i18n/<name>_translations.properties} (French) and
 * {@code <name>_translations_en.properties}, portal-ui's being {@code portal}, a module's
 * its key. They are read through Vaadin's {@link com.vaadin.flow.i18n.I18NProvider}, so
 * views call {@code getTranslation}, and code outside a component
 * {@link com.vaadin.flow.i18n.I18NProvider#translate(String, Object...)}.
 */
package fr.clocher.portal.i18n;
