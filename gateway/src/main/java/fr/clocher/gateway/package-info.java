/**
 * The gateway: the single entry point of the platform. It routes {@code /api/**} to
 * tenant-service and {@code /admin/**} to portal-ui (routes are declared in
 * {@code application.yml}, their targets come from properties with environment overrides)
 * and holds no business logic. Each sub-package is one edge concern.
 */
package fr.clocher.gateway;
