/**
 * Signing in: secretaries and operators sign in through Keycloak (realm {@code clocher},
 * client {@code clocher-portal}) with the OpenID Connect authorization code flow and
 * PKCE. The browser is sent to Keycloak's public address (through the gateway), while
 * tokens, keys and user info are fetched at its internal address; nothing is fetched at
 * startup, so portal-ui starts when Keycloak is down and says so politely to whoever
 * tries to sign in. The realm roles and the communes (organizations) a person serves are
 * read from the access token into a {@link fr.clocher.portal.signin.PortalUser}.
 */
package fr.clocher.portal.signin;
