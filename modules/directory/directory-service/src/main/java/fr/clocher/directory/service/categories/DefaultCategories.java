package fr.clocher.directory.service.categories;

import java.time.Clock;
import java.util.List;

import fr.clocher.directory.api.CategoryKind;
import fr.clocher.directory.api.Directory;
import fr.clocher.kernel.module.ModuleActivationChanged;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.context.event.EventListener;

/**
 * The categories a tenant starts with, given in the transaction that switches the module
 * on when the tenant has none (a tenant switching it on again keeps the ones it has, and
 * gets back none it deleted).
 */
final class DefaultCategories {

	static final List<Default> ALL = List.of(new Default("Associations", "associations", CategoryKind.ORGANIZATION),
			new Default("Commerces", "commerces", CategoryKind.LOCAL_BUSINESS),
			new Default("Artisans", "artisans", CategoryKind.LOCAL_BUSINESS),
			new Default("Santé", "sante", CategoryKind.MEDICAL),
			new Default("Enfance", "enfance", CategoryKind.EDUCATION),
			new Default("Services publics", "services-publics", CategoryKind.GOVERNMENT),
			new Default("Transports", "transports", CategoryKind.TRANSPORT));

	private final CategoryStore store;

	private final Clock clock;

	DefaultCategories(CategoryStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@EventListener
	void switched(ModuleActivationChanged change) {
		if (Directory.KEY.equals(change.moduleKey()) && change.enabled()) {
			TenantContext.runAs(change.tenantId(), () -> this.store.seedDefaults(this.clock.instant()));
		}
	}

	record Default(String name, String slug, CategoryKind kind) {

	}

}
