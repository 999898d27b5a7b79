/**
 * The announcements module's screens in portal-ui: a secretary writes and publishes news,
 * events and urgent alerts (an alert in three fields, posted at once), sees the alerts on
 * the site on her dashboard, and hides locally what her intercommunality publishes.
 * Installed by putting the jar on portal-ui's class path:
 * {@link fr.clocher.announcements.ui.AnnouncementsUiAutoConfiguration} declares the menu
 * entries and the dashboard card, and registers one client per interface of the contract
 * ({@link fr.clocher.announcements.api.NewsApi},
 * {@link fr.clocher.announcements.api.AlertsApi}...) in portal-ui's tenant-service HTTP
 * group. Each screen lives in its feature package and is given the clients of the
 * features it shows.
 */
package fr.clocher.announcements.ui;
