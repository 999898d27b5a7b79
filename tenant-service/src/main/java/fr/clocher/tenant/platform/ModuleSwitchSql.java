package fr.clocher.tenant.platform;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.TenantKind;

/**
 * Whether a tenant has a module on, read from the platform table alone: the module allows
 * the tenant's kind, and {@code tenant.module_switches} says on, or says nothing and the
 * module is on by default. The containment tests ({@code @>}) use the GIN index on the
 * switches. Keys and kinds are inlined: a module key is checked lower-case words and
 * dashes by {@link ModuleDescriptor}, kinds are enum names.
 */
final class ModuleSwitchSql {

	private ModuleSwitchSql() {
	}

	/** The SQL condition on tenant {@code t} for this module being on. */
	static String isOn(ModuleDescriptor module) {
		String switched = module.enabledByDefault() ? "not (t.module_switches @> '{\"" + module.key() + "\": false}')"
				: "t.module_switches @> '{\"" + module.key() + "\": true}'";
		return "(" + isEligible(module) + " and " + switched + ")";
	}

	/** The SQL condition on tenant {@code t} for the module being allowed at all. */
	static String isEligible(ModuleDescriptor module) {
		String kinds = module.tenantKinds()
			.stream()
			.map(TenantKind::name)
			.sorted()
			.map((kind) -> "'" + kind + "'")
			.collect(Collectors.joining(", "));
		return "t.kind in (" + kinds + ")";
	}

	/**
	 * The keys of the modules on, in catalog order, from a tenant's kind and switches.
	 */
	static List<String> modulesOn(List<ModuleDescriptor> catalog, TenantKind kind, Map<String, Boolean> switches) {
		return catalog.stream()
			.filter((module) -> module.allows(kind))
			.filter((module) -> switches.getOrDefault(module.key(), module.enabledByDefault()))
			.map(ModuleDescriptor::key)
			.toList();
	}

}
