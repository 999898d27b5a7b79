package fr.clocher.kernel.api;

import java.util.List;

/**
 * One setting a secretary may change.
 *
 * @param key identifier inside the module, camelCase
 * @param type the kind of value
 * @param label the form label
 * @param help one sentence under the field, may be null
 * @param defaultValue used when the secretary has not set it (Boolean, Long or String),
 * may be null for an optional setting
 * @param required whether a value must be present
 * @param min smallest integer or shortest text, may be null
 * @param max largest integer or longest text, may be null
 * @param choices allowed values of a {@link SettingType#CHOICE}
 */
public record SettingDescriptor(String key, SettingType type, LocalizedText label, LocalizedText help,
		Object defaultValue, boolean required, Long min, Long max, List<String> choices) {

	public SettingDescriptor {
		choices = (choices != null) ? List.copyOf(choices) : List.of();
		if (type == SettingType.CHOICE && choices.isEmpty()) {
			throw new IllegalArgumentException("Choice setting " + key + " needs choices");
		}
	}

	public static SettingDescriptor text(String key, LocalizedText label, String defaultValue, long maxLength) {
		return new SettingDescriptor(key, SettingType.TEXT, label, null, defaultValue, false, null, maxLength, null);
	}

	public static SettingDescriptor flag(String key, LocalizedText label, boolean defaultValue) {
		return new SettingDescriptor(key, SettingType.BOOLEAN, label, null, defaultValue, true, null, null, null);
	}

	public static SettingDescriptor integer(String key, LocalizedText label, long defaultValue, long min, long max) {
		return new SettingDescriptor(key, SettingType.INTEGER, label, null, defaultValue, true, min, max, null);
	}

	public static SettingDescriptor choice(String key, LocalizedText label, String defaultValue, List<String> choices) {
		return new SettingDescriptor(key, SettingType.CHOICE, label, null, defaultValue, true, null, null, choices);
	}

}
