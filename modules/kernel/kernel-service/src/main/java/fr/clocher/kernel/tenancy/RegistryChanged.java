package fr.clocher.kernel.tenancy;

import java.util.UUID;

/**
 * A tenant's name, slug, kind, status or hosts changed: published inside the changing
 * transaction by whoever changes the registry, so that this instance's
 * {@link TenantDirectory} forgets the tenant as soon as the change is committed. (Other
 * instances learn it from the registry's trigger.)
 *
 * @param tenantId the tenant
 */
public record RegistryChanged(UUID tenantId) {

}
