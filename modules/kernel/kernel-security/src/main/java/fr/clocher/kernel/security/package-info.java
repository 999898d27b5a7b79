/**
 * Who may call what, one chain for every service that serves the API (tenant-service, and
 * a module's test host). The service is an OAuth2 resource server: Keycloak's JWTs are
 * checked (signature, issuer, audience), realm roles become authorities, and the
 * organizations a user belongs to decide which tenants she may act on, checked on every
 * request from the tenant named in the path. Operator endpoints need
 * {@code platform-operator}.
 */
package fr.clocher.kernel.security;
