/**
 * The tenancy kernel. One holder ({@link fr.clocher.kernel.tenancy.TenantContext}) says
 * which tenant the current work is for; one filter sets it from authenticated facts (the
 * request's path or host) and clears it; the data source hands that tenant to PostgreSQL
 * with every transaction ({@code SET LOCAL}, which Citus carries to its workers), where
 * row-level security enforces it; the Hibernate resolver adds the {@code @TenantId}
 * discriminator on top. Work that leaves the request thread carries the tenant explicitly
 * ({@link TenantWork}, {@link TenantPropagatingTaskDecorator}). No tenant means no rows:
 * there is no default.
 */
package fr.clocher.kernel.tenancy;
