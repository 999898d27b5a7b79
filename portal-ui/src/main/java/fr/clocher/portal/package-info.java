/**
 * portal-ui: the Vaadin Flow administration where village secretaries run their commune's
 * modules and metropolitan operators run the platform. It has no database: later it calls
 * tenant-service with the signed-in user's token. Each sub-package is one feature: its
 * views and the little code they need.
 */
package fr.clocher.portal;
