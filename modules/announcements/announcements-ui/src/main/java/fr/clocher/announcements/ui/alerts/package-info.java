/**
 * Urgent alerts: the alert in three fields posted at once, the list, the editor with
 * details and scheduling, and the dashboard card of the alerts on the site.
 */
package fr.clocher.announcements.ui.alerts;
