package fr.clocher.tenant.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.platform.ModuleCount;
import fr.clocher.kernel.api.platform.ModuleMatrix;
import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.api.platform.PlatformModuleApi;
import fr.clocher.kernel.api.platform.TenantRow;
import fr.clocher.kernel.api.platform.TenantSort;
import fr.clocher.kernel.module.ModuleCatalog;
import fr.clocher.tenant.registry.TenantQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.RestController;

/**
 * The module catalog, and which tenants have which modules on, counted in one query on
 * the platform table.
 */
@RestController
@Tag(name = "Modules", description = "The module catalog and the activation matrix")
class ModuleMatrixController implements PlatformModuleApi {

	private final ModuleCatalog catalog;

	private final TenantListing listing;

	private final TenantQueries queries;

	ModuleMatrixController(ModuleCatalog catalog, TenantListing listing, TenantQueries queries) {
		this.catalog = catalog;
		this.listing = listing;
		this.queries = queries;
	}

	@Override
	@Operation(summary = "Every installed module, with its settings and the kinds of tenant it is for")
	public List<ModuleDescriptor> catalog() {
		return this.catalog.descriptors();
	}

	@Override
	@Operation(summary = "Tenants × modules with per-module counts, by intercommunality or department")
	public ModuleMatrix matrix(String intercommunality, String department, int page, int size) {
		UUID group = (intercommunality == null || intercommunality.isBlank()) ? null
				: this.queries.get(intercommunality).getId();
		TenantFilter filter = TenantFilter.area(group, department);
		TenantListing.Counts counts = this.listing.counts(filter);
		List<ModuleCount> modules = new ArrayList<>();
		for (int i = 0; i < counts.modules().size(); i++) {
			ModuleDescriptor module = counts.modules().get(i);
			modules.add(new ModuleCount(module.key(), module.name(), counts.on()[i], counts.eligible()[i]));
		}
		PageOf<TenantRow> tenants = this.listing.find(filter, TenantSort.NAME, false, page, size);
		return new ModuleMatrix(modules, tenants);
	}

}
