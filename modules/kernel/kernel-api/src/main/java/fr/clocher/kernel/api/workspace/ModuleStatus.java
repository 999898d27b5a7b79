package fr.clocher.kernel.api.workspace;

import java.util.Map;

import fr.clocher.kernel.api.ModuleDescriptor;

/**
 * One module as a tenant has it: what it is, whether it is on, and its settings (the
 * defaults where none were saved).
 *
 * @param module the module's description and settings description
 * @param enabled whether the tenant has it on
 * @param settings the current settings
 */
public record ModuleStatus(ModuleDescriptor module, boolean enabled, Map<String, Object> settings) {

	public ModuleStatus {
		settings = Map.copyOf(settings);
	}

}
