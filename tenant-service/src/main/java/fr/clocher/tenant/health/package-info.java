/**
 * The platform's health for the operator console: the database (answering, and its size),
 * Keycloak (reachable), provisioning backlog and tenant counts, all read from platform
 * tables.
 */
package fr.clocher.tenant.health;
