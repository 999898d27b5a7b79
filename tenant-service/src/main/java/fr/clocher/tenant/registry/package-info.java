/**
 * The tenant registry: the local authorities on the platform (communes,
 * intercommunalities, syndicates), their slugs and hosts, who is a member of whom, and
 * their status. Platform tables, not tenant-scoped: only operator endpoints reach them,
 * and modules read the current tenant's groups and members through
 * {@link fr.clocher.kernel.relations.TenantRelations}, which the registry implements.
 */
package fr.clocher.tenant.registry;
