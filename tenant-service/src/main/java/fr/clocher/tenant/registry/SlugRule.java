package fr.clocher.tenant.registry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import fr.clocher.kernel.api.Slugs;
import fr.clocher.tenant.reference.ReferenceCommune;
import fr.clocher.tenant.reference.ReferenceData;
import fr.clocher.tenant.reference.ReferenceIntercommunality;

import org.springframework.stereotype.Component;

/**
 * The slug a local authority gets, decided from the whole reference so it never depends
 * on who was onboarded first. A commune whose name is unique in France gets its name
 * ({@code saint-orens-de-gameville}); homonyms add their department
 * ({@code saint-martin-32}); homonyms within one department add their INSEE code. An
 * intercommunality gets its name, plus its SIREN if a commune or another intercommunality
 * could claim the same.
 */
@Component
public class SlugRule {

	private final Map<String, Integer> communesByName = new HashMap<>();

	private final Map<String, Integer> communesByNameAndDepartment = new HashMap<>();

	private final Map<String, Integer> intercommunalitiesByName = new HashMap<>();

	private final Set<String> communeSlugs = new HashSet<>();

	public SlugRule(ReferenceData reference) {
		for (ReferenceCommune commune : reference.communes()) {
			String base = Slugs.TENANT.of(commune.name());
			this.communesByName.merge(base, 1, Integer::sum);
			this.communesByNameAndDepartment.merge(base + "/" + commune.department(), 1, Integer::sum);
		}
		for (ReferenceCommune commune : reference.communes()) {
			this.communeSlugs.add(forCommune(commune));
		}
		for (ReferenceIntercommunality epci : reference.intercommunalities()) {
			this.intercommunalitiesByName.merge(Slugs.TENANT.of(epci.name()), 1, Integer::sum);
		}
	}

	public String forCommune(ReferenceCommune commune) {
		String base = Slugs.TENANT.of(commune.name());
		if (this.communesByName.getOrDefault(base, 0) <= 1) {
			return base;
		}
		String withDepartment = Slugs.TENANT.of(base + "-" + commune.department());
		if (this.communesByNameAndDepartment.getOrDefault(base + "/" + commune.department(), 0) <= 1) {
			return withDepartment;
		}
		return Slugs.TENANT.of(base + "-" + commune.inseeCode());
	}

	public String forIntercommunality(ReferenceIntercommunality epci) {
		String base = Slugs.TENANT.of(epci.name());
		if (this.communeSlugs.contains(base) || this.intercommunalitiesByName.getOrDefault(base, 0) > 1) {
			return Slugs.TENANT.of(base + "-" + epci.siren());
		}
		return base;
	}

}
