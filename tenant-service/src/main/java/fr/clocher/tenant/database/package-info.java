/**
 * A database for a tenant-service started without one configured: on a developer's or a
 * user's fresh machine it prepares the local PostgreSQL server, or an embedded one, with
 * the same two roles as production.
 */
package fr.clocher.tenant.database;
