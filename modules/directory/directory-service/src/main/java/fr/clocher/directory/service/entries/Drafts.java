package fr.clocher.directory.service.entries;

import java.math.BigDecimal;
import java.util.UUID;

import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.service.categories.CategoryStore;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Checks an entry as written, field by field, before anything is saved: every refused
 * field is named at once ({@code invalid-request}).
 */
public class Drafts {

	private static final BigDecimal NINETY = BigDecimal.valueOf(90);

	private static final BigDecimal HUNDRED_EIGHTY = BigDecimal.valueOf(180);

	private final CategoryStore categories;

	private final ObjectProvider<TenantRelations> relations;

	Drafts(CategoryStore categories, ObjectProvider<TenantRelations> relations) {
		this.categories = categories;
		this.relations = relations;
	}

	/** The checked content, or {@code invalid-request} naming every refused field. */
	public Content check(EntryDraft draft) {
		Checks checks = new Checks();
		if (draft == null) {
			checks.add("name", Checks.REQUIRED).throwIfAny();
		}
		String name = checks.text("name", draft.name(), 150, true);
		UUID category = draft.categoryId();
		if (category == null) {
			checks.add("categoryId", Checks.REQUIRED);
		}
		else if (this.categories.find(category).isEmpty()) {
			checks.add("categoryId", "Cette catégorie n'existe pas.", "This category does not exist.");
		}
		String description = checks.text("description", draft.description(), 2000, false);
		String address = checks.text("address", draft.address(), 300, false);
		UUID commune = commune(draft.communeId(), checks);
		position(draft.latitude(), draft.longitude(), checks);
		String phone = checks.phone("phone", draft.phone());
		String email = checks.email("email", draft.email());
		String website = checks.url("website", draft.website());
		var hours = Hours.check("openingHours", draft.openingHours(), checks);
		String siret = checks.siret("siret", draft.siret());
		checks.throwIfAny();
		return new Content(name, category, description, address, commune, draft.latitude(), draft.longitude(), phone,
				email, website, hours, siret);
	}

	/** The tenant itself, or one of its member communes for a group. */
	private UUID commune(UUID given, Checks checks) {
		UUID tenant = TenantContext.require();
		if (given == null || given.equals(tenant)) {
			return tenant;
		}
		TenantRelations relations = this.relations.getIfAvailable();
		boolean member = relations != null
				&& relations.membersOfCurrentTenant().stream().map(TenantRef::id).anyMatch(given::equals);
		if (!member) {
			checks.add("communeId", "Cette commune n'est pas membre de la collectivité.",
					"This commune is not a member of the tenant.");
		}
		return given;
	}

	private static void position(BigDecimal latitude, BigDecimal longitude, Checks checks) {
		if ((latitude == null) != (longitude == null)) {
			checks.add((latitude == null) ? "latitude" : "longitude", "La latitude et la longitude vont ensemble.",
					"Latitude and longitude go together.");
		}
		if (latitude != null && latitude.abs().compareTo(NINETY) > 0) {
			checks.add("latitude", "Latitude entre -90 et 90.", "Latitude between -90 and 90.");
		}
		if (longitude != null && longitude.abs().compareTo(HUNDRED_EIGHTY) > 0) {
			checks.add("longitude", "Longitude entre -180 et 180.", "Longitude between -180 and 180.");
		}
	}

}
