/**
 * The website module's screens in portal-ui: a secretary writes and publishes pages,
 * edits the menu, the town hall's information, the theme, the council and the generated
 * pages. Installed by putting the jar on portal-ui's class path:
 * {@link fr.clocher.website.ui.WebsiteUiAutoConfiguration} declares the menu entries and
 * the dashboard card, and registers {@link fr.clocher.website.api.WebsiteApi} in
 * portal-ui's tenant-service HTTP group. Each screen lives in its feature package.
 */
package fr.clocher.website.ui;
