package fr.clocher.kernel.module;

import java.util.UUID;

/**
 * Published when a tenant switches a module on or off; carries the tenant explicitly.
 */
public record ModuleActivationChanged(UUID tenantId, String moduleKey, boolean enabled) {

}
