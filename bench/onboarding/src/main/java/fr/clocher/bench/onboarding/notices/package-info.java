/**
 * A tiny tenant-scoped module that exists only for the benchmark, built exactly as a
 * commune module is: a tenant table with {@code tenant_id} leading its keys and protected
 * by row-level security in its own Flyway migration, an entity mapped with
 * {@code @TenantId}, and an auto-configuration listed in the jar that declares the module
 * and registers this package for entities and repositories.
 */
package fr.clocher.bench.onboarding.notices;
