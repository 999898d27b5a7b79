package fr.clocher.kernel.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a module's settings: the complete values (defaults filled in,
 * types normalised) when valid, else one violation per refused field.
 */
public record SettingsValidation(Map<String, Object> values, List<SettingViolation> violations) {

	public boolean valid() {
		return this.violations.isEmpty();
	}

	/**
	 * Checks the given values against the module's settings. Unknown keys are refused;
	 * absent ones take their default.
	 */
	public static SettingsValidation check(ModuleDescriptor module, Map<String, ?> given) {
		Map<String, ?> input = (given != null) ? given : Map.of();
		Map<String, Object> values = new LinkedHashMap<>();
		List<SettingViolation> violations = new ArrayList<>();
		for (String key : input.keySet()) {
			if (module.setting(key).isEmpty()) {
				violations.add(new SettingViolation(key, LocalizedText.of("Ce réglage n'existe pas pour ce module.",
						"This module has no such setting.")));
			}
		}
		for (SettingDescriptor setting : module.settings()) {
			Object raw = input.containsKey(setting.key()) ? input.get(setting.key()) : setting.defaultValue();
			if (raw == null || (raw instanceof String s && s.isBlank())) {
				if (setting.required()) {
					violations.add(new SettingViolation(setting.key(),
							LocalizedText.of("Ce réglage est obligatoire.", "This setting is required.")));
				}
				continue;
			}
			SettingValueCheck.of(setting, raw)
				.ifPresentOrElse((reason) -> violations.add(new SettingViolation(setting.key(), reason)),
						() -> values.put(setting.key(), SettingValueCheck.normalise(setting, raw)));
		}
		return new SettingsValidation(violations.isEmpty() ? values : Map.of(), List.copyOf(violations));
	}

}
