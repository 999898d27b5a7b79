package fr.clocher.kernel.api.workspace;

import java.util.Map;

/**
 * Switches a module on or off; {@code settings} null keeps the ones it had.
 *
 * @param enabled on or off
 * @param settings the new settings, or null
 */
public record ModuleSwitch(Boolean enabled, Map<String, Object> settings) {

	public static ModuleSwitch on(Map<String, Object> settings) {
		return new ModuleSwitch(true, settings);
	}

	public static ModuleSwitch off() {
		return new ModuleSwitch(false, null);
	}

}
