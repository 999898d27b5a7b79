package fr.clocher.kernel.ui;

import java.util.List;

/**
 * What one module adds to the secretary's workspace. portal-ui shows it only for a
 * commune that has the module on: its menu entries appear the moment the module is
 * switched on, its cards on the dashboard.
 */
public interface ModuleUi {

	/**
	 * The HTTP service group of tenant-service: a module registers its API interface in
	 * it ({@code @ImportHttpServices(group = ModuleUi.TENANT_SERVICE, types = ...)}).
	 */
	String TENANT_SERVICE = "tenant-service";

	/** The module's key, as in its {@code ModuleDescriptor}. */
	String moduleKey();

	/** The module's entries in the workspace menu, in order. */
	List<ModuleMenuItem> menu();

	/** The module's cards on the dashboard ("what needs attention"), in order. */
	default List<DashboardCard> dashboardCards() {
		return List.of();
	}

}
