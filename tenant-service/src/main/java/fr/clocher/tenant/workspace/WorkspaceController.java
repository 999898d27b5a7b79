package fr.clocher.tenant.workspace;

import java.util.List;

import fr.clocher.kernel.api.workspace.ChangeEntry;
import fr.clocher.kernel.api.workspace.ModuleStatus;
import fr.clocher.kernel.api.workspace.ModuleSwitch;
import fr.clocher.kernel.api.workspace.TenantProfile;
import fr.clocher.kernel.api.workspace.WorkspaceApi;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.module.ModuleCatalog;
import fr.clocher.kernel.module.ModuleState;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.tenant.registry.Tenant;
import fr.clocher.tenant.registry.TenantQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace of the tenant in the path. The tenant filter has already resolved it and
 * the security rules checked the caller may act for it; every read and write here runs in
 * that tenant's context, under row-level security.
 */
@RestController
@Tag(name = "Workspace", description = "A tenant's profile, modules and recent changes, for its secretaries")
class WorkspaceController implements WorkspaceApi {

	private static final int MAX_CHANGES = 200;

	private final TenantQueries queries;

	private final ModuleCatalog catalog;

	private final ModuleActivations activations;

	private final ChangeLog changes;

	private final WorkspaceProperties properties;

	WorkspaceController(TenantQueries queries, ModuleCatalog catalog, ModuleActivations activations, ChangeLog changes,
			WorkspaceProperties properties) {
		this.queries = queries;
		this.catalog = catalog;
		this.activations = activations;
		this.changes = changes;
		this.properties = properties;
	}

	@Override
	@Operation(summary = "Who the tenant is, and the address of its public site")
	public TenantProfile profile(String tenant) {
		Tenant found = this.queries.get(tenant);
		return new TenantProfile(found.getId(), found.getSlug(), found.getName(), found.getKind(),
				found.getOfficialCode(), found.getDepartment(), found.getPopulation(),
				found.getStatus() == TenantStatus.ACTIVE, this.properties.siteUrlFor(found.getSlug()));
	}

	@Override
	@Operation(summary = "Every module offered to the tenant, whether it is on, and its settings")
	public List<ModuleStatus> modules(String tenant) {
		Tenant found = this.queries.get(tenant);
		return this.activations.states()
			.stream()
			.map(this::status)
			.filter((status) -> status.module().allows(found.getKind()))
			.toList();
	}

	@Override
	@Operation(summary = "Switch a module on (with its settings; none keeps the previous ones) or off")
	public ModuleStatus switchModule(String tenant, String key, ModuleSwitch change) {
		if (change == null || change.enabled() == null) {
			throw ApiProblem.badRequest("missing-field", "enabled",
					LocalizedText.of("Indiquez si le module doit être activé ou désactivé.",
							"Say whether the module is to be switched on or off."));
		}
		ModuleState state = change.enabled() ? this.activations.enable(key, change.settings())
				: this.activations.disable(key);
		return status(state);
	}

	@Override
	@Operation(summary = "The latest changes made in the tenant, newest first")
	public List<ChangeEntry> changes(String tenant, int limit) {
		return this.changes.recent(Math.min(Math.max(limit, 1), MAX_CHANGES));
	}

	private ModuleStatus status(ModuleState state) {
		return new ModuleStatus(this.catalog.find(state.key()).orElseThrow().descriptor(), state.enabled(),
				state.settings());
	}

}
