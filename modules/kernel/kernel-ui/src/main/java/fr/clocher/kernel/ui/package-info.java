/**
 * What a commune module adds to portal-ui, and what portal-ui offers it in return. A
 * module's UI jar declares a {@link fr.clocher.kernel.ui.ModuleUi} bean (menu entries,
 * dashboard cards) and views annotated with {@link fr.clocher.kernel.ui.ModuleView}; it
 * calls its backend through its own {@code @HttpExchange} interface, registered in the
 * {@value fr.clocher.kernel.ui.ModuleUi#TENANT_SERVICE} HTTP service group that portal-ui
 * points at tenant-service with the signed-in person's token. Its screens extend
 * {@link fr.clocher.kernel.ui.ModuleScreen} and call through
 * {@link fr.clocher.kernel.ui.ApiCall}, which portal-ui's own screens use too; its texts
 * are in its jar's {@code vaadin-i18n/<module>_translations.properties} (French) and
 * {@code _en} bundle, which portal-ui finds on the class path.
 */
package fr.clocher.kernel.ui;
