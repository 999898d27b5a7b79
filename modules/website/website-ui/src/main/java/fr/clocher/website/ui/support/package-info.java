/**
 * What every website screen shares: calls to the website API that turn a refusal into
 * readable messages on the fields it names, buttons that cannot send the same request
 * twice, and the file and image upload dialogs. Texts come from the module's bundle,
 * {@code vaadin-i18n/website_translations.properties} (French) and its {@code _en}
 * companion, under keys that start with {@code website.}.
 */
package fr.clocher.website.ui.support;
