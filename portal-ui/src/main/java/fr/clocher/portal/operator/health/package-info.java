/**
 * Platform health at a glance: which services answer (portal-ui itself, tenant-service,
 * its database, Keycloak), the database size, tenants, and provisioning still waiting.
 */
package fr.clocher.portal.operator.health;
