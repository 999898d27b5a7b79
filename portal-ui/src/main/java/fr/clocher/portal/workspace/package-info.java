/**
 * The secretary's workspace: the commune she works on (switcher), the main layout whose
 * menu is built from the modules that commune has on, the dashboard, the module catalog
 * with settings forms generated from each module's description, and the recent changes.
 */
package fr.clocher.portal.workspace;
