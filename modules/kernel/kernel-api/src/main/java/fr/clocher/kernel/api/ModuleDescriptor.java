package fr.clocher.kernel.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a commune module declares about itself.
 *
 * @param key stable identifier, lower-case words separated by dashes
 * ({@code waste-billing})
 * @param name what the secretary sees in the catalog
 * @param description one plain-language sentence on what it does for the commune
 * @param settings what a secretary may change, with defaults and validation
 * @param permissions what the module lets people do, for role mapping
 * @param tenantKinds which kinds of tenant may enable it
 * @param enabledByDefault on for every tenant it allows until the tenant switches it off
 * (the public website), rather than off until switched on
 */
public record ModuleDescriptor(String key, LocalizedText name, LocalizedText description,
		List<SettingDescriptor> settings, List<PermissionDescriptor> permissions, Set<TenantKind> tenantKinds,
		boolean enabledByDefault) {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	public ModuleDescriptor {
		if (key == null || !KEY.matcher(key).matches() || key.length() > 40) {
			throw new IllegalArgumentException("Module key must be lower-case words separated by dashes: " + key);
		}
		settings = List.copyOf(settings);
		permissions = List.copyOf(permissions);
		tenantKinds = tenantKinds.isEmpty() ? EnumSet.allOf(TenantKind.class) : Set.copyOf(tenantKinds);
		long distinct = settings.stream().map(SettingDescriptor::key).distinct().count();
		if (distinct != settings.size()) {
			throw new IllegalArgumentException("Module " + key + " declares a setting key twice");
		}
	}

	/** A module that a tenant switches on itself (off until then). */
	public ModuleDescriptor(String key, LocalizedText name, LocalizedText description, List<SettingDescriptor> settings,
			List<PermissionDescriptor> permissions, Set<TenantKind> tenantKinds) {
		this(key, name, description, settings, permissions, tenantKinds, false);
	}

	public boolean allows(TenantKind kind) {
		return this.tenantKinds.contains(kind);
	}

	public Optional<SettingDescriptor> setting(String settingKey) {
		return this.settings.stream().filter((s) -> s.key().equals(settingKey)).findFirst();
	}

}
