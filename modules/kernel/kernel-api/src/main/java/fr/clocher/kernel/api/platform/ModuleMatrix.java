package fr.clocher.kernel.api.platform;

import java.util.List;

/**
 * Which tenants have which modules on: the counts over every tenant matched, and one page
 * of rows (each with {@link TenantRow#modulesOn()}).
 *
 * @param modules the installed modules in catalog order, with their counts
 * @param tenants the page of tenants
 */
public record ModuleMatrix(List<ModuleCount> modules, PageOf<TenantRow> tenants) {

	public ModuleMatrix {
		modules = List.copyOf(modules);
	}

}
