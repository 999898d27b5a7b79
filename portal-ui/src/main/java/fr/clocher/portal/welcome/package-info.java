/**
 * The welcome page, the root route of portal-ui: what a secretary sees first. For now a
 * heading and a short paragraph; later it will lead to the commune's modules.
 */
package fr.clocher.portal.welcome;
