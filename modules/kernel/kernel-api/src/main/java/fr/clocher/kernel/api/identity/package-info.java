/**
 * Who the person behind a request is, as Keycloak's tokens say it: realm roles and the
 * organizations (communes, by alias) she is a member of. Plain Java, so that services and
 * portal-ui read the same claims the same way.
 */
package fr.clocher.kernel.api.identity;
