package fr.clocher.kernel.module;

import java.util.Map;

/**
 * Whether a module is on for the current tenant, and its settings (defaults filled in).
 */
public record ModuleState(String key, boolean enabled, Map<String, Object> settings) {

}
