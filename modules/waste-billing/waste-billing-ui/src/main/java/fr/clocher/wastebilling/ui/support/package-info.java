/**
 * What every waste billing screen shares: amounts in euros kept as integer cents, grids
 * fed page by page from the API, dates in Paris time. Texts come from the module's
 * bundle, {@code vaadin-i18n/waste-billing_translations.properties} (French) and its
 * {@code _en} companion, under keys that start with {@code waste-billing.}.
 */
package fr.clocher.wastebilling.ui.support;
