package fr.clocher.tenant.platform;

import java.util.List;
import java.util.Map;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.module.ModuleState;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.tenant.registry.TenantQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Module activation for one tenant (the catalog and the matrix are in
 * {@link ModuleMatrixController}). Activation rows are tenant data: each change runs in
 * the named tenant's own transaction, under row-level security.
 */
@RestController
@RequestMapping("/api/platform")
@Tag(name = "Modules", description = "Module activation per tenant")
class PlatformModuleController {

	private final ModuleActivations activations;

	private final TenantQueries queries;

	private final TenantWork work;

	PlatformModuleController(ModuleActivations activations, TenantQueries queries, TenantWork work) {
		this.activations = activations;
		this.queries = queries;
		this.work = work;
	}

	/** Switch a module on (with its settings; none keeps the previous ones) or off. */
	record Activation(@NotNull Boolean enabled, Map<String, Object> settings) {
	}

	@GetMapping("/tenants/{tenant}/modules")
	@Operation(summary = "Which modules a tenant has on, with their settings")
	List<ModuleState> states(@PathVariable String tenant) {
		return this.work.inTenant(this.queries.get(tenant).getId(), this.activations::states);
	}

	@PutMapping("/tenants/{tenant}/modules/{key}")
	@Operation(summary = "Enable or disable a module for a tenant, with its settings")
	ModuleState activate(@PathVariable String tenant, @PathVariable String key,
			@Validated @RequestBody Activation activation) {
		return this.work.inTenant(this.queries.get(tenant).getId(), () -> activation.enabled()
				? this.activations.enable(key, activation.settings()) : this.activations.disable(key));
	}

}
