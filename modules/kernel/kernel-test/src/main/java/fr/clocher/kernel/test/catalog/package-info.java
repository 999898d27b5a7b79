/**
 * Questions to PostgreSQL's catalog about the tenant tables (those with a
 * {@code tenant_id}): which ones a service's migrated schema holds, which lack forced
 * row-level security or a policy, and who owns them. The kernel's schema and
 * tenant-service's full one are checked with the same queries.
 */
package fr.clocher.kernel.test.catalog;
