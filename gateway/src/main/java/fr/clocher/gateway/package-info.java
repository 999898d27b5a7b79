/**
 * The gateway: the single entry point of the platform. Routes are declared in
 * {@code application.yml} ({@code /api/**} to tenant-service, {@code /admin/**} to
 * portal-ui, the platform realm under {@code /auth/**} to Keycloak, every other path to
 * tenant-service's public sites, the original {@code Host} kept), their targets come from
 * properties with environment overrides. Before routing, each request gets an id, is
 * counted against its rate class, checked for host and path ({@code /api}, {@code /admin}
 * and {@code /auth} on the platform's own hosts only) and for body size. It holds no
 * business logic: each sub-package is one edge concern.
 */
package fr.clocher.gateway;
