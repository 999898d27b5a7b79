/**
 * Who the current tenant is grouped with: the intercommunality and syndicates a commune
 * belongs to, the member communes of a group. This is the one way a module reads the
 * platform's membership table, and it answers only about the tenant of the current work
 * ({@link fr.clocher.kernel.tenancy.TenantContext}): no method takes a tenant id, so a
 * module cannot ask about a tenant it does not work for. With no current tenant every
 * call throws {@link fr.clocher.kernel.tenancy.NoTenantException}. The answers are read
 * from the database on every call (no cache: a commune joins or leaves a group without a
 * restart). The registry's service provides the implementation; modules inject
 * {@link fr.clocher.kernel.relations.TenantRelations}.
 */
package fr.clocher.kernel.relations;
