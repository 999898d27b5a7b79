/**
 * The gateway: the single entry point of the platform. Routes are declared in
 * {@code application.yml} ({@code /api/**} to tenant-service, {@code /admin/**} to
 * portal-ui, {@code /auth/**} to Keycloak, every other path to tenant-service's public
 * sites, the original {@code Host} kept), their targets come from properties with
 * environment overrides. It holds no business logic: each sub-package is one edge
 * concern.
 */
package fr.clocher.gateway;
