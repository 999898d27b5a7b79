package fr.clocher.tenant.registry;

import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;

/**
 * Published when a tenant is added to the registry, after the commit of its transaction
 * is what listeners should wait for.
 */
public record TenantRegistered(UUID tenantId, TenantKind kind, String slug) {

}
