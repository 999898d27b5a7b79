package fr.clocher.kernel.test.host;

import java.util.UUID;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantWork;

/**
 * Switches a module on or off for a tenant, as the workspace's module switch does (which
 * is tenant-service's): through the kernel's activations, in the tenant's context, with
 * the site version touched as in production.
 */
public class ModuleSwitch {

	private final TenantDirectory directory;

	private final TenantWork work;

	private final ModuleActivations activations;

	ModuleSwitch(TenantDirectory directory, TenantWork work, ModuleActivations activations) {
		this.directory = directory;
		this.work = work;
		this.activations = activations;
	}

	public void set(String tenantSlug, String moduleKey, boolean on) {
		this.work.runInTenant(id(tenantSlug), () -> {
			if (on) {
				this.activations.enable(moduleKey, null);
			}
			else {
				this.activations.disable(moduleKey);
			}
		});
	}

	private UUID id(String tenantSlug) {
		return this.directory.bySlug(tenantSlug).orElseThrow().id();
	}

}
