package fr.clocher.tenant.registry;

import java.util.UUID;

import fr.clocher.kernel.api.platform.TenantStatus;

/**
 * Published when the operator suspends or resumes a tenant.
 */
public record TenantStatusChanged(UUID tenantId, TenantStatus status) {

}
