/**
 * The welcome page, the root route of portal-ui and the landing page of a signed-in
 * secretary or operator: who is signed in, in which role, for which communes. Later it
 * will lead to the commune's modules.
 */
package fr.clocher.portal.welcome;
