/**
 * The website module's screens in portal-ui: a secretary writes and publishes pages,
 * edits the menu, the town hall's information, the theme, the council and the generated
 * pages. Installed by putting the jar on portal-ui's class path:
 * {@link fr.clocher.website.ui.WebsiteUiAutoConfiguration} declares the menu entries and
 * the dashboard card, and registers one client per interface of the contract
 * ({@link fr.clocher.website.api.PagesApi}, {@link fr.clocher.website.api.FilesApi}...)
 * in portal-ui's tenant-service HTTP group. Each screen lives in its feature package and
 * is given the clients of the features it shows.
 */
package fr.clocher.website.ui;
