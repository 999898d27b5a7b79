/**
 * The operator API of tenant-service under {@code /api/platform/}, as a contract shared
 * by tenant-service (whose controllers implement these interfaces) and portal-ui's
 * operator console (which calls them as HTTP interface proxies with the operator's
 * token): the tenant registry, the reference of communes and intercommunalities,
 * onboarding jobs, the module activation matrix and platform health.
 */
package fr.clocher.kernel.api.platform;
